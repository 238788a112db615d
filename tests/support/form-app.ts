// A recording stand-in for Google Apps Script's FormApp, for running an exported script in Node.
// Only the methods the FormApp reference documents exist, each checking its arguments against the
// documented signature (developers.google.com/apps-script/reference/forms: Form, FormApp,
// MultipleChoiceItem, CheckboxItem, PageBreakItem, SectionHeaderItem, QuizFeedbackBuilder); any
// other call throws, so a script that passes here calls Forms the way Forms is documented.
import vm from 'node:vm';

type ArgType = 'String' | 'Boolean' | 'Integer' | 'Choice[]' | 'QuizFeedback';

export interface RecordedItem {
  kind: 'MultipleChoiceItem' | 'CheckboxItem' | 'PageBreakItem' | 'SectionHeaderItem';
  title?: string;
  helpText?: string;
  required?: boolean;
  points?: number;
  choices?: { value: string; isCorrect: boolean }[];
  feedbackForCorrect?: string;
  feedbackForIncorrect?: string;
}

export interface RecordedForm {
  title: string;
  description?: string;
  isQuiz?: boolean;
  collectEmail?: boolean;
  items: RecordedItem[];
  log: string[];
}

const CHOICE = Symbol('Choice');
const FEEDBACK = Symbol('QuizFeedback');

function check(owner: string, method: string, params: [string, ArgType][], args: unknown[]): void {
  const signature = `${owner}.${method}(${params.map(([name, type]) => `${name}: ${type}`).join(', ')})`;
  const ok =
    args.length === params.length &&
    params.every(([, type], index) => {
      const value = args[index];
      switch (type) {
        case 'String':
          return typeof value === 'string';
        case 'Boolean':
          return typeof value === 'boolean';
        case 'Integer':
          return Number.isInteger(value);
        case 'Choice[]':
          return (
            Array.isArray(value) &&
            value.every((choice) => typeof choice === 'object' && choice !== null && CHOICE in choice)
          );
        case 'QuizFeedback':
          return typeof value === 'object' && value !== null && FEEDBACK in value;
      }
    });
  if (!ok) throw new TypeError(`${signature} was called with (${args.map((arg) => JSON.stringify(arg)).join(', ')})`);
}

/** An object whose only properties are the given methods; anything else throws. */
function strict<T extends object>(owner: string, methods: T): T {
  return new Proxy(methods, {
    get(target, name) {
      if (typeof name === 'symbol') return undefined;
      if (!(name in target)) throw new TypeError(`${name} is not a ${owner} method`);
      return target[name as keyof T];
    },
  });
}

function itemMethods(kind: RecordedItem['kind'], item: RecordedItem) {
  let self: object = {};
  /** A documented setter that checks its one argument, records it on the item and returns the item. */
  const setter =
    <K extends keyof RecordedItem>(
      method: string,
      param: string,
      type: ArgType,
      key: K,
      read: (value: unknown) => RecordedItem[K] = (value) => value as RecordedItem[K],
    ) =>
    (...args: unknown[]) => {
      check(kind, method, [[param, type]], args);
      item[key] = read(args[0]);
      return self;
    };
  const common = {
    setTitle: setter('setTitle', 'title', 'String', 'title'),
    setHelpText: setter('setHelpText', 'text', 'String', 'helpText'),
  };
  const question = {
    setRequired: setter('setRequired', 'enabled', 'Boolean', 'required'),
    setPoints: setter('setPoints', 'points', 'Integer', 'points'),
    createChoice(...args: unknown[]) {
      check(
        kind,
        'createChoice',
        [
          ['value', 'String'],
          ['isCorrect', 'Boolean'],
        ],
        args,
      );
      return { [CHOICE]: true, value: args[0], isCorrect: args[1] };
    },
    setChoices: setter('setChoices', 'choices', 'Choice[]', 'choices', (value) =>
      (value as { value: string; isCorrect: boolean }[]).map(({ value: text, isCorrect }) => ({
        value: text,
        isCorrect,
      })),
    ),
    setFeedbackForCorrect: setter(
      'setFeedbackForCorrect',
      'feedback',
      'QuizFeedback',
      'feedbackForCorrect',
      (value) => (value as { text: string }).text,
    ),
    setFeedbackForIncorrect: setter(
      'setFeedbackForIncorrect',
      'feedback',
      'QuizFeedback',
      'feedbackForIncorrect',
      (value) => (value as { text: string }).text,
    ),
  };
  self = strict(kind, kind === 'MultipleChoiceItem' || kind === 'CheckboxItem' ? { ...common, ...question } : common);
  return self;
}

/** Runs `entry` of the script against the stand-in and returns the form it made. */
export function recordForm(script: string, entry: string): RecordedForm {
  const forms: RecordedForm[] = [];
  const log: string[] = [];
  const formApp = strict('FormApp', {
    create(...args: unknown[]) {
      check('FormApp', 'create', [['title', 'String']], args);
      const form: RecordedForm = { title: args[0] as string, items: [], log };
      forms.push(form);
      const add =
        (kind: RecordedItem['kind']) =>
        (...rest: unknown[]) => {
          check('Form', `add${kind}`, [], rest);
          const item: RecordedItem = { kind };
          form.items.push(item);
          return itemMethods(kind, item);
        };
      const self: object = strict('Form', {
        setIsQuiz(...rest: unknown[]) {
          check('Form', 'setIsQuiz', [['enabled', 'Boolean']], rest);
          form.isQuiz = rest[0] as boolean;
          return self;
        },
        setCollectEmail(...rest: unknown[]) {
          check('Form', 'setCollectEmail', [['collect', 'Boolean']], rest);
          form.collectEmail = rest[0] as boolean;
          return self;
        },
        setDescription(...rest: unknown[]) {
          check('Form', 'setDescription', [['description', 'String']], rest);
          form.description = rest[0] as string;
          return self;
        },
        addMultipleChoiceItem: add('MultipleChoiceItem'),
        addCheckboxItem: add('CheckboxItem'),
        addPageBreakItem: add('PageBreakItem'),
        addSectionHeaderItem: add('SectionHeaderItem'),
        getEditUrl: (...rest: unknown[]) => (
          check('Form', 'getEditUrl', [], rest),
          'https://docs.google.com/forms/d/test/edit'
        ),
        getPublishedUrl: (...rest: unknown[]) => (
          check('Form', 'getPublishedUrl', [], rest),
          'https://docs.google.com/forms/d/e/test/viewform'
        ),
      });
      return self;
    },
    createFeedback(...args: unknown[]) {
      check('FormApp', 'createFeedback', [], args);
      let text = '';
      const builder: object = strict('QuizFeedbackBuilder', {
        setText(...rest: unknown[]) {
          check('QuizFeedbackBuilder', 'setText', [['text', 'String']], rest);
          text = rest[0] as string;
          return builder;
        },
        build(...rest: unknown[]) {
          check('QuizFeedbackBuilder', 'build', [], rest);
          return { [FEEDBACK]: true, text };
        },
      });
      return builder;
    },
  });
  const logger = strict('Logger', { log: (...args: unknown[]) => (log.push(args.map(String).join(' ')), logger) });
  const context = vm.createContext({ FormApp: formApp, Logger: logger });
  new vm.Script(`${script}\n;${entry}();`, { filename: 'export.gs' }).runInContext(context, { timeout: 5000 });
  if (forms.length !== 1) throw new Error(`the script made ${forms.length} forms`);
  return forms[0];
}
