import type { MessageTable } from "../types";

/** Messages of the data area. Issue messages use the key "issue.<CODE>". */
export const dataMessages = {} satisfies MessageTable;
