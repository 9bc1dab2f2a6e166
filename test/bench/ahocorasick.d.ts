/** The `ahocorasick` package ships no types; its README documents this much. */
declare module 'ahocorasick' {
  export default class AhoCorasick {
    constructor(keywords: string[]);
    /** Each match as the index of its last unit and the keywords that end there. */
    search(text: string): Array<[number, string[]]>;
  }
}
