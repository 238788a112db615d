// BudouX's Japanese phrase parser without its package entry, which also loads its HTML processor
// and through it linkedom (a DOM for Node) into the PDF worker, where it does not build. The
// parser and the model have no imports of their own; budoux's exports map does not list them,
// so they are imported by path.
export { Parser } from '../../node_modules/budoux/module/parser.js';
export { model as jaModel } from '../../node_modules/budoux/module/data/models/ja.js';
