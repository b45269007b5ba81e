/** The theme's colours, worked out from theme-build.ts when the app is built (scripts/theme-css.ts). */
declare module 'virtual:theme-colours' {
  const colours: import('./theme-build').ThemeColours;
  export default colours;
}
