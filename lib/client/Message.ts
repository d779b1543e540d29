/**
 * A message delivered to a subscription: the raw bytes plus JSON/text helpers (decoded lazily,
 * so a subscriber that forwards bytes pays nothing).
 */
import { decodeJson } from '../protocol/index.js';
import type { Message } from './types.js';

const utf8 = new TextDecoder();

export class DeliveredMessage implements Message {
  constructor(
    readonly topic: string,
    readonly data: Uint8Array,
    readonly publisher: string,
  ) {}

  json<T = unknown>(): T {
    return decodeJson<T>(this.data);
  }

  text(): string {
    return utf8.decode(this.data);
  }
}
