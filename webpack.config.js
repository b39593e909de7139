/* eslint-disable no-undef */
// Production build of the add-in into dist/: task pane, ribbon commands and custom functions.
// Nothing is loaded from a CDN at run time except office.js / the custom-functions runtime,
// which Office itself requires from its CDN.
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const urlProd = process.env.NQ_PUBLIC_URL || "https://kiem-tra-nghi-quyet.github.io/addin/";

/** Dev certificates written by `npx office-addin-dev-certs install`, read from their files (toolchain.md trap 8). */
function devHttpsOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const missing = Object.values(files).filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length > 0) {
    throw new Error(
      `Thiếu chứng chỉ phát triển (${missing.join(", ")}) trong ${dir}. Chạy: npx office-addin-dev-certs install`,
    );
  }
  const read = (f) => fs.readFileSync(path.join(dir, f));
  return { key: read(files.key), cert: read(files.cert), ca: read(files.ca) };
}

/**
 * Production URLs in the generated functions.json too (its helpUrl entries are written against the dev
 * server in the JSDoc): runs after CustomFunctionsMetadataPlugin has added the asset.
 */
class ProductionUrlsInMetadata {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ProductionUrlsInMetadata", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ProductionUrlsInMetadata", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE }, () => {
        const asset = compilation.getAsset("functions.json");
        if (!asset) return;
        const text = asset.source.source().toString().replace(new RegExp(urlDev, "g"), urlProd);
        compilation.updateAsset("functions.json", new compiler.webpack.sources.RawSource(text));
      });
    });
  }
}

module.exports = (env, options) => {
  const dev = options.mode === "development";
  const serving = process.argv.includes("serve");
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.ts",
      commands: "./src/commands/commands.ts",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { configFile: "tsconfig.json", onlyCompileBundledFiles: true } } },
        { test: /\.css$/, type: "asset/source" },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      ...(dev ? [] : [new ProductionUrlsInMetadata()]),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new HtmlWebpackPlugin({ filename: "functions.html", template: "./src/functions/functions.html", chunks: ["functions"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // English descriptions of the NQ.* functions (same ids); the manifest points en-US at it.
          {
            from: "src/functions/functions-en.json",
            to: "functions-en.json",
            transform: (content) => (dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd)),
          },
          // Offline help page: the manifest's SupportUrl and GetStarted LearnMoreUrl.
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          host: "localhost",
          port: 3000,
          headers: { "Access-Control-Allow-Origin": "*" },
          static: { directory: path.join(__dirname, "dist"), publicPath: "/public" },
          server: { type: "https", options: devHttpsOptions() },
        }
      : undefined,
  };
};
