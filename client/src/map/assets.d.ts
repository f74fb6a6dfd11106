// Vite's `?url` imports: the built file's address (the world map is fetched, not bundled).
declare module '*?url' {
  const url: string;
  export default url;
}
