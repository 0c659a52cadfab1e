import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { registerMarkdownParser, type MdNode } from './structure.js';

/** Importing this module gives the structure stage its Markdown parser (remark with GFM tables). */
const processor = unified().use(remarkParse).use(remarkGfm);
registerMarkdownParser((text) => processor.parse(text) as MdNode);
