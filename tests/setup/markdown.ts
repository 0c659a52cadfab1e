// Tests call the pipeline directly, not through the package entry: give it its Markdown parser.
import '../../src/pipeline/markdown.js';
