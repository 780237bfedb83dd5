// Build step: DuckDB writes whatever its memory held under a NULL slot of a fixed-width column (a dictionary
// index, a number, a date), so two builds of the same rows gave Arrow files that differed in a few bytes, and
// the shipped files' content hashes (their URLs) changed with every build: a deploy of the same data made
// every returning browser fetch them again. No reader looks at those bytes (the validity bitmap says NULL);
// zeroing them makes the bytes a function of the rows.

import { DataType, DateUnit, Message, Precision, type Field } from 'apache-arrow';

/** Bytes per value of a fixed-width column's data buffer, or null when its values are not fixed-width. */
function byteWidth(type: DataType): number | null {
  if (DataType.isDictionary(type)) return byteWidth(type.indices);
  if (DataType.isInt(type) || DataType.isTime(type) || DataType.isDecimal(type)) return type.bitWidth / 8;
  if (DataType.isFloat(type))
    return { [Precision.HALF]: 2, [Precision.SINGLE]: 4, [Precision.DOUBLE]: 8 }[type.precision];
  if (DataType.isDate(type)) return type.unit === DateUnit.DAY ? 4 : 8;
  if (DataType.isTimestamp(type)) return 8;
  return null;
}

/** How many buffers a flat column has after its validity bitmap. */
function dataBufferCount(type: DataType): number {
  if (
    DataType.isUtf8(type) ||
    DataType.isBinary(type) ||
    DataType.isLargeUtf8(type) ||
    DataType.isLargeBinary(type)
  )
    return 2; // offsets, then the bytes: a NULL slot's offsets are equal and cover no bytes
  if (DataType.isBool(type) || byteWidth(type) !== null) return 1; // a boolean's bits: DuckDB sets them all first
  throw new Error(`Unexpected Arrow column type ${String(type)}: only flat columns are shipped.`);
}

const isValid = (bitmap: Uint8Array, row: number): boolean =>
  bitmap.length === 0 || ((bitmap[row >> 3] ?? 0) & (1 << (row & 7))) !== 0;

/**
 * A copy of the IPC stream `stream` with every NULL slot of a fixed-width column (numbers, dates, dictionary
 * indices) zeroed, in record batches and dictionary batches alike. Text needs nothing (a NULL's offsets cover no
 * bytes), nor do booleans (DuckDB sets every bit before clearing the false ones). Nested columns (lists,
 * structs) are refused: none is shipped.
 */
export function zeroNullSlots(stream: Uint8Array): Uint8Array {
  const bytes = stream.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let fields: Field[] = [];
  const dictionaryTypes = new Map<number, DataType>();
  let position = 0;
  while (position + 4 <= bytes.length) {
    // Each message: an optional continuation marker (0xFFFFFFFF), the metadata's length, the metadata, the body.
    let metadataLength = view.getInt32(position, true);
    let metadataStart = position + 4;
    if (metadataLength === -1) {
      metadataLength = view.getInt32(position + 4, true);
      metadataStart = position + 8;
    }
    if (metadataLength === 0) break; // end of stream
    const message = Message.decode(bytes.subarray(metadataStart, metadataStart + metadataLength));
    const bodyStart = metadataStart + metadataLength;
    if (message.isSchema()) {
      fields = message.header().fields;
      for (const field of fields)
        if (DataType.isDictionary(field.type)) dictionaryTypes.set(field.type.id, field.type.dictionary);
    }
    const batch = message.isRecordBatch()
      ? { data: message.header(), types: fields.map((field) => field.type) }
      : message.isDictionaryBatch()
        ? { data: message.header().data, types: [dictionaryTypes.get(message.header().id)] }
        : null;
    if (batch !== null) {
      let bufferIndex = 0;
      batch.data.nodes.forEach((node, column) => {
        const type = batch.types[column];
        if (type === undefined) throw new Error(`Arrow batch column ${column} has no type in the schema.`);
        const region = (index: number): Uint8Array => {
          const buffer = batch.data.buffers[index];
          if (buffer === undefined) throw new Error(`Arrow batch column ${column} lacks buffer ${index}.`);
          return bytes.subarray(bodyStart + buffer.offset, bodyStart + buffer.offset + buffer.length);
        };
        const validity = region(bufferIndex);
        const values = region(bufferIndex + 1);
        bufferIndex += 1 + dataBufferCount(type);
        const width = byteWidth(type);
        if (Number(node.nullCount) === 0 || width === null) return;
        for (let row = 0; row < Number(node.length); row += 1)
          if (!isValid(validity, row)) values.fill(0, row * width, (row + 1) * width);
      });
    }
    position = bodyStart + Number(message.bodyLength);
  }
  return bytes;
}
