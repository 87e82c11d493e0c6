// A StrykerJS ignorer: the wording of a label (`{ fr: '…', en: '…' }` in libs/domain) is text for people, not a rule, and
// a mutant of it only says that no test spells every label out. Rules built on labels (codes, order) are still mutated.
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

const LABEL_KEYS = new Set(['fr', 'en']);

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'label-wording', {
    shouldIgnore(path) {
      if (!path.isObjectProperty() || path.node.computed) return undefined;
      const key = path.node.key;
      const name = key.type === 'Identifier' ? key.name : key.type === 'StringLiteral' ? key.value : undefined;
      return name !== undefined && LABEL_KEYS.has(name) && path.node.value.type === 'StringLiteral' ? 'label wording' : undefined;
    },
  }),
];
