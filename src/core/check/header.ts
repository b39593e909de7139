// The place of the date line is read with the other header fields (src/core/document/from-text.ts).
export { placeFromText } from "../document/from-text";
