import type { MessageTable } from "../types";

/** Messages of the ui area. Issue messages use the key "issue.<CODE>". */
export const uiMessages = {} satisfies MessageTable;
