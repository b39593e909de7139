import type { CliCommand } from "../io";
import { targetsCommand } from "./targets";
import { sampleCommand } from "./sample";
import { templateCommand } from "./template";
import { checkCommand } from "./check";
import { demoCommand } from "./demo";

export const commands: CliCommand[] = [targetsCommand, checkCommand, templateCommand, sampleCommand, demoCommand];
