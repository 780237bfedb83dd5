// The build's name of a shipped table's file, loaded or derived (the built app's name adds a content hash). Its own
// module: the start's fetch of the bundled data needs it without the schema's SQL.

export const shippedTableFile = (table: string): string => `${table}.arrow`;
