// Rule tables are bundled as text (esbuild's text loader, Vite's ?raw).
declare module '*?raw' {
  const text: string;
  export default text;
}
