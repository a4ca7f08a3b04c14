// `import value from './file.yaml?value'`: the YAML file's value, parsed when the dashboard is built (build/yaml-value.ts).
declare module '*.yaml?value' {
  const value: unknown;
  export default value;
}
