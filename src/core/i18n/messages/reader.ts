import type { MessageTable } from "../types";

/** Messages of the reader area. Issue messages use the key "issue.<CODE>". */
export const readerMessages = {} satisfies MessageTable;
