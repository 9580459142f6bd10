// Reading a Reader stream object ({"id": ..., "title": ..., "items": [...]}) as its bytes arrive,
// one item at a time, so a file's size costs time and never the memory of holding it whole. The
// scanner only finds where each value begins and ends (strings, escapes, nesting); each item and
// each top-level field is then handed to JSON.parse, which checks everything inside it. JSON's
// structural characters are ASCII and never occur inside a UTF-8 multi-byte sequence, so bytes
// are scanned without decoding them.
import { isUtf8 } from 'node:buffer';
import { decodeDocument } from '../../parse/charset';
import { ImportError } from '../errors';

/** Largest single item; Reader's biggest items are long articles of a few hundred KB. */
export const MAX_ITEM_BYTES = 16 * 1024 * 1024;
/** Largest top-level field other than "items" (id, title, author, ...). */
const MAX_FIELD_BYTES = 1024 * 1024;

/** The top-level fields that matter; the rest are read (so checked) and dropped. */
export interface StreamHead {
  id: unknown;
  title: unknown;
  version: unknown;
  /** Whether "items" was there and a list. */
  items: boolean;
}

type Where = 'start' | 'key' | 'colon' | 'value' | 'next' | 'item' | 'item-next' | 'done';

const BOM = [0xef, 0xbb, 0xbf];
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isSpace = (byte: number): boolean => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
const isScalarByte = (byte: number): boolean =>
  (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7a) || byte === 0x2d || byte === 0x2b || byte === 0x2e || (byte >= 0x41 && byte <= 0x5a);

/** One value's bytes as they arrive: where it ends is known by nesting depth, strings and escapes. */
class Capture {
  private parts: Buffer[] = [];
  private size = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private scalar = false;
  private started = false;

  constructor(
    private readonly limit: number,
    private readonly tooBig: () => ImportError,
  ) {}

  /** Takes bytes from `at`; answers where the value ended (exclusive), or -1 if it goes on. */
  take(chunk: Buffer, at: number): number {
    let i = at;
    if (!this.started) {
      this.started = true;
      const first = chunk[i] as number;
      if (first === QUOTE) this.inString = true;
      else if (first === 0x7b || first === 0x5b) this.depth = 1;
      else this.scalar = true;
      i++;
    }
    const end = this.scan(chunk, i);
    const stop = end < 0 ? chunk.length : end;
    this.size += stop - at;
    if (this.size > this.limit) throw this.tooBig();
    this.parts.push(chunk.subarray(at, stop));
    return end;
  }

  /** Whether a scalar (a number, true, false, null) was cut off only by the end of the input. */
  get endsAtEndOfInput(): boolean {
    return this.scalar;
  }

  bytes(): Buffer {
    return this.parts.length === 1 ? (this.parts[0] as Buffer) : Buffer.concat(this.parts);
  }

  private scan(chunk: Buffer, from: number): number {
    const length = chunk.length;
    if (this.scalar) {
      for (let i = from; i < length; i++) if (!isScalarByte(chunk[i] as number)) return i;
      return -1;
    }
    for (let i = from; i < length; i++) {
      const byte = chunk[i] as number;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (byte === BACKSLASH) this.escaped = true;
        else if (byte === QUOTE) {
          this.inString = false;
          if (this.depth === 0) return i + 1;
        } else {
          // Jump to the next quote or backslash: most of a feed's bytes are inside strings.
          const quote = chunk.indexOf(QUOTE, i + 1);
          const slash = chunk.indexOf(BACKSLASH, i + 1);
          const next = quote < 0 ? slash : slash < 0 ? quote : Math.min(quote, slash);
          if (next < 0) return -1;
          i = next - 1;
        }
      } else if (byte === QUOTE) this.inString = true;
      else if (byte === 0x7b || byte === 0x5b) this.depth++;
      else if ((byte === 0x7d || byte === 0x5d) && --this.depth === 0) return i + 1;
    }
    return -1;
  }
}

export class ReaderJsonScanner {
  private where: Where = 'start';
  private capture: Capture | null = null;
  private key = '';
  /** The top-level value is not an object. */
  private bare = false;
  private members = 0;
  private itemCount = 0;
  private readonly head: StreamHead = { id: undefined, title: undefined, version: undefined, items: false };
  /** Bytes pushed so far, and how many of the first ones were a byte-order mark. */
  private offset = 0;
  private bom = 0;

  constructor(
    private readonly fileName: string,
    private readonly onItem: (item: unknown, index: number) => void,
  ) {}

  push(chunk: Buffer): void {
    let i = 0;
    // A byte-order mark, which may arrive split across chunks like anything else.
    while (this.offset + i < 3 && i < chunk.length && chunk[i] === BOM[this.offset + i] && this.bom === this.offset + i) {
      this.bom++;
      i++;
    }
    this.offset += chunk.length;
    while (i < chunk.length) {
      if (this.capture) {
        const end = this.capture.take(chunk, i);
        if (end < 0) return;
        this.captured();
        i = end;
        continue;
      }
      const byte = chunk[i] as number;
      if (isSpace(byte)) {
        i++;
        continue;
      }
      i = this.structural(byte, chunk, i);
    }
  }

  /** The input is over: what the stream said about itself. */
  end(): StreamHead {
    if (this.capture?.endsAtEndOfInput && this.where === 'value') this.captured();
    if (this.where === 'start') throw this.broken('the file holds no JSON value');
    if (this.where !== 'done') throw this.broken('the file ends before its JSON does; is it truncated?');
    return this.head;
  }

  private structural(byte: number, chunk: Buffer, at: number): number {
    switch (this.where) {
      case 'start':
        if (byte === 0x7b) {
          this.where = 'key';
          return at + 1;
        }
        if (byte === 0x5b) throw this.notAStream();
        // A scalar or a string: read it, so broken JSON says so and valid JSON is "not a stream".
        this.startCapture(MAX_FIELD_BYTES);
        this.where = 'value';
        this.bare = true;
        return at;
      case 'key':
        if (byte === 0x7d && this.members === 0) return this.close(at);
        if (byte !== QUOTE) throw this.unexpected(byte);
        this.startCapture(MAX_FIELD_BYTES);
        return at;
      case 'colon':
        if (byte !== 0x3a) throw this.unexpected(byte);
        this.where = 'value';
        return at + 1;
      case 'value':
        if (this.key === 'items' && byte === 0x5b && !this.head.items) {
          this.head.items = true;
          this.where = 'item';
          return at + 1;
        }
        this.startCapture(MAX_FIELD_BYTES);
        return at;
      case 'next':
        if (byte === 0x2c) {
          this.where = 'key';
          return at + 1;
        }
        if (byte === 0x7d) return this.close(at);
        throw this.unexpected(byte);
      case 'item':
        if (byte === 0x5d && this.itemCount === 0) return this.closeItems(at);
        this.startCapture(MAX_ITEM_BYTES);
        return at;
      case 'item-next':
        if (byte === 0x2c) {
          this.where = 'item';
          return at + 1;
        }
        if (byte === 0x5d) return this.closeItems(at);
        throw this.unexpected(byte);
      case 'done':
        throw this.broken(`something follows the end of the JSON value (${describe(byte)})`);
    }
  }

  private startCapture(limit: number): void {
    this.capture = new Capture(limit, () =>
      this.where === 'item'
        ? new ImportError('reader json', `${this.fileName} item ${this.itemCount + 1} is larger than ${mb(limit)} MB; refused`)
        : this.broken(`a field is larger than ${mb(limit)} MB`),
    );
  }

  /** A value was read whole: parse it and move on. */
  private captured(): void {
    const bytes = (this.capture as Capture).bytes();
    this.capture = null;
    const value = this.parse(bytes);
    switch (this.where) {
      case 'key':
        this.key = typeof value === 'string' ? value : '';
        this.where = 'colon';
        return;
      case 'value':
        if (this.bare) {
          // A bare value at the top: valid JSON, not a stream.
          this.where = 'done';
          throw this.notAStream();
        }
        this.members++;
        if (this.key === 'id' || this.key === 'title' || this.key === 'version') this.head[this.key] = value;
        this.where = 'next';
        return;
      case 'item':
        this.onItem(value, this.itemCount++);
        this.where = 'item-next';
        return;
      default:
        return;
    }
  }

  private parse(bytes: Buffer): unknown {
    // Reader's files are UTF-8; an exporter that wrote Latin-1 or windows-1252 is read as a refresh would read it.
    const text = isUtf8(bytes) ? bytes.toString('utf8') : decodeDocument(bytes, 'application/json').text;
    try {
      return JSON.parse(text);
    } catch (error) {
      throw this.broken(error instanceof Error ? error.message : String(error));
    }
  }

  private closeItems(at: number): number {
    this.members++;
    this.where = 'next';
    return at + 1;
  }

  private close(at: number): number {
    this.where = 'done';
    return at + 1;
  }

  private unexpected(byte: number): ImportError {
    return this.broken(`unexpected ${describe(byte)} ${this.where === 'item' || this.where === 'item-next' ? `after item ${this.itemCount}` : 'at the top level'}`);
  }

  private broken(detail: string): ImportError {
    return new ImportError('reader json', `${this.fileName} is not valid JSON (${detail})`);
  }

  private notAStream(): ImportError {
    return new ImportError('reader json', `${this.fileName} is not a Google Reader stream (it has no "items" list)`);
  }
}

const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);
const describe = (byte: number): string => (byte >= 0x21 && byte < 0x7f ? `"${String.fromCharCode(byte)}"` : `byte 0x${byte.toString(16)}`);
