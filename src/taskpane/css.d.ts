// webpack loads *.css as a string (asset/source): the pane injects it as one <style> element.
declare module "*.css" {
  const css: string;
  export default css;
}
