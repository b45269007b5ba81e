import { describe, expect, it } from 'vitest';
import { readEdges, usedReach, type GraphModule } from './used-imports';

const NM = '/app/node_modules/@ui/kit';

/** A small package shaped like MUI: per-component folders with index.mjs barrels. */
const graph: Record<string, GraphModule> = {
  '/app/src/page.js': {
    code: `import { jsx } from "react/jsx-runtime";\nimport TextField from "@ui/kit/TextField";\nimport { alpha } from "@ui/kit/styles";\nconst Dialog = () => import("./dialog.js");`,
    importedIds: ['/app/node_modules/react/jsx-runtime.js', `${NM}/TextField/index.mjs`, `${NM}/styles/index.mjs`],
  },
  '/app/node_modules/react/jsx-runtime.js': { code: `module.exports = require('./cjs/jsx.js');`, importedIds: ['/app/node_modules/react/cjs/jsx.js'] },
  '/app/node_modules/react/cjs/jsx.js': { code: 'exports.jsx = 1;', importedIds: [] },
  [`${NM}/TextField/index.mjs`]: {
    code: `export { default } from "./TextField.mjs";\nexport { default as textFieldClasses } from "./textFieldClasses.mjs";`,
    importedIds: [`${NM}/TextField/TextField.mjs`, `${NM}/TextField/textFieldClasses.mjs`],
  },
  [`${NM}/TextField/TextField.mjs`]: {
    code: `import FormControl from "../FormControl/index.mjs";\nimport { getTextFieldUtilityClass } from "./textFieldClasses.mjs";\nexport default function TextField() {}`,
    importedIds: [`${NM}/FormControl/index.mjs`, `${NM}/TextField/textFieldClasses.mjs`],
  },
  [`${NM}/TextField/textFieldClasses.mjs`]: { code: 'export const getTextFieldUtilityClass = 1; export default {};', importedIds: [] },
  [`${NM}/FormControl/index.mjs`]: {
    code: `export { default } from "./FormControl.mjs";\nexport * from "./formControlClasses.mjs";`,
    importedIds: [`${NM}/FormControl/FormControl.mjs`, `${NM}/FormControl/formControlClasses.mjs`],
  },
  [`${NM}/FormControl/FormControl.mjs`]: { code: 'export default function FormControl() {}', importedIds: [] },
  [`${NM}/FormControl/formControlClasses.mjs`]: { code: 'export const formControlClasses = {};', importedIds: [], exports: ['formControlClasses'] },
  [`${NM}/styles/index.mjs`]: {
    code: `export function experimental_sx() { throw new Error("moved"); }\nexport { alpha } from "./colors.mjs";\nexport { default as enhance } from "./enhance.mjs";\nexport * from "./vars.mjs";`,
    importedIds: [`${NM}/styles/colors.mjs`, `${NM}/styles/enhance.mjs`, `${NM}/styles/vars.mjs`],
  },
  [`${NM}/styles/colors.mjs`]: { code: 'export const alpha = 1;', importedIds: [] },
  [`${NM}/styles/enhance.mjs`]: {
    code: `import { inputClasses } from "../Input/index.mjs";\nexport default function enhance() {}`,
    importedIds: [`${NM}/Input/index.mjs`],
  },
  [`${NM}/styles/vars.mjs`]: { code: 'export const cssVars = {};', importedIds: [], exports: ['cssVars'] },
  [`${NM}/Input/index.mjs`]: {
    code: `export { default } from "./Input.mjs";\nexport { default as inputClasses } from "./inputClasses.mjs";`,
    importedIds: [`${NM}/Input/Input.mjs`, `${NM}/Input/inputClasses.mjs`],
  },
  [`${NM}/Input/Input.mjs`]: { code: 'export default function Input() {}', importedIds: [] },
  [`${NM}/Input/inputClasses.mjs`]: { code: 'export default {};', importedIds: [] },
};

const moduleOf = (id: string) => graph[id] ?? null;

describe('usedReach', () => {
  const used = usedReach(['/app/src/page.js'], moduleOf);

  it('follows a barrel only to the re-exports its importer names', () => {
    expect(used).toContain(`${NM}/TextField/TextField.mjs`);
    expect(used).toContain(`${NM}/FormControl/FormControl.mjs`);
    // TextField imports only FormControl's default export; the classes behind `export *` are not asked for.
    expect(used).not.toContain(`${NM}/FormControl/formControlClasses.mjs`);
    // A barrel's other re-export that nobody names is not reached through it, but a direct import still counts.
    expect(used).toContain(`${NM}/TextField/textFieldClasses.mjs`);
  });

  it('does not walk into what a mixed module re-exports unless asked', () => {
    expect(used).toContain(`${NM}/styles/colors.mjs`);
    expect(used).not.toContain(`${NM}/styles/enhance.mjs`);
    expect(used).not.toContain(`${NM}/Input/Input.mjs`);
    expect(used).not.toContain(`${NM}/styles/vars.mjs`);
  });

  it('follows CommonJS and unreadable imports whole, and leaves lazy imports out', () => {
    expect(used).toContain('/app/node_modules/react/cjs/jsx.js');
    expect([...used].some((id) => id.endsWith('dialog.js'))).toBe(false);
  });

  it('asks everything of a module imported as a namespace, and later names widen what was asked', () => {
    const withNamespace: Record<string, GraphModule> = {
      ...graph,
      '/app/src/all.js': { code: `import * as styles from "@ui/kit/styles";\nimport { enhance } from "@ui/kit/styles";`, importedIds: [`${NM}/styles/index.mjs`] },
    };
    const reached = usedReach(['/app/src/page.js', '/app/src/all.js'], (id) => withNamespace[id] ?? null);
    expect(reached).toContain(`${NM}/styles/enhance.mjs`);
    expect(reached).toContain(`${NM}/styles/vars.mjs`);
    expect(reached).toContain(`${NM}/Input/inputClasses.mjs`);
  });
});

describe('readEdges', () => {
  it('reads default, named, namespace, side-effect and re-export statements, and skips import() and import.meta', () => {
    const edges = readEdges(
      `import a, { b as c, d } from "./x.js";\nimport * as ns from 'y';\nimport "./side.css";\nexport { e as default, f } from "./z.js";\nexport * from "./w.js";\nconst lazy = import("./lazy.js");\nconst url = import.meta.url;`,
    );
    expect(edges.map((edge) => [edge.specifier, edge.names])).toEqual([
      ['./x.js', ['default', 'b', 'd']],
      ['y', ['*']],
      ['./side.css', ['*']],
      ['./z.js', ['e', 'f']],
      ['./w.js', ['*']],
    ]);
  });
});
