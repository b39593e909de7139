import type { CliCommand } from "../io";
import { targetsCommand } from "./targets";
import { sampleCommand } from "./sample";
import { templateCommand } from "./template";
import { checkCommand } from "./check";
import { demoCommand } from "./demo";
import { mergeCommand } from "./merge";

export const commands: CliCommand[] = [targetsCommand, checkCommand, templateCommand, sampleCommand, mergeCommand, demoCommand];
