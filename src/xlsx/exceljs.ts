/** ExcelJS, loaded with its UTF-8 chunk fix applied first (./exceljs-fix). */
import { utf8ChunkFixActive } from "./exceljs-fix";

const ExcelJS = require("exceljs") as typeof import("exceljs");

export { utf8ChunkFixActive };

export default ExcelJS;

export { exclusive } from "./exceljs-load";
