// html-encoding-sniffer ships no types: the one function src/ingestion/web/decode-body.ts calls.
declare module "html-encoding-sniffer" {
  interface SnifferOptions {
    xml?: boolean;
    transportLayerEncodingLabel?: string;
    defaultEncoding?: string;
    maxPrescanBytes?: number;
  }
  /** The canonical WHATWG name of the encoding of an HTML (or, with `xml`, XML) byte stream. */
  export default function htmlEncodingSniffer(bytes: Uint8Array, options?: SnifferOptions): string;
}
