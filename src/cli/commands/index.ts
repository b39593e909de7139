import type { CliCommand } from "../io";
import { targetsCommand } from "./targets";
import { sampleCommand } from "./sample";
import { templateCommand } from "./template";
import { checkCommand } from "./check";
import { demoCommand } from "./demo";
import { mergeCommand } from "./merge";
import { reportCommand } from "./report";

export const commands: CliCommand[] = [targetsCommand, checkCommand, reportCommand, templateCommand, sampleCommand, mergeCommand, demoCommand];
