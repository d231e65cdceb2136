// Builds the two pages of the add-in: taskpane.html (inside Excel, with Office.js) and
// app.html (the same React app in an ordinary browser, without Office.js).
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_BASE_URL = "https://localhost:3000/";
const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
// Office.js loads its host-specific scripts and locale strings from the same folder as
// office.js, so its origin is the only foreign script source. The MicrosoftAjax loader of
// old Office.js (ajax.aspnetcdn.com) is dead code in the current library, and Office.js's
// telemetry frame (telemetryservice.firstpartyapps.oaspapps.com) stays blocked on purpose:
// the product sends no telemetry. Excel on the web talks to the pane by postMessage from
// *.officeapps.live.com, which needs no CSP source.
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/** ADDIN_BASE_URL, always ending with one slash. */
function addinBaseUrl(value = process.env.ADDIN_BASE_URL) {
  const raw = (value || DEV_BASE_URL).trim();
  return raw.endsWith("/") ? raw : `${raw}/`;
}

/** The manifest with every development URL pointing at the deployed add-in instead. */
function rewriteManifest(xml, baseUrl) {
  return xml.split(DEV_BASE_URL).join(baseUrl);
}

/**
 * The Content-Security-Policy of a page. `devServerOrigins` lets the development server's
 * live-reload socket through; production pages get none.
 */
function contentSecurityPolicy({ officeJs, devServerOrigins = [] }) {
  const scriptSrc = ["'self'", ...(officeJs ? [OFFICE_JS_ORIGIN] : [])];
  const connectSrc = ["'self'", ...devServerOrigins];
  return [
    "default-src 'self'",
    `script-src ${scriptSrc.join(" ")}`,
    // Griffel, Fluent UI's styling engine, inserts <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connectSrc.join(" ")}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** The Office dev certificates, when office-addin-dev-certs has installed them. */
function devHttpsOptions() {
  if (process.env.RA_DEV_HTTPS === "0") return undefined;
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const cert = path.join(dir, "localhost.crt");
  const key = path.join(dir, "localhost.key");
  if (!fs.existsSync(cert) || !fs.existsSync(key)) return undefined;
  return { cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
}

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  const https = production ? undefined : devHttpsOptions();
  const port = 3000;
  const devServerOrigins = production
    ? []
    : [
        `${https ? "wss" : "ws"}://localhost:${port}`,
        `${https ? "https" : "http"}://localhost:${port}`,
      ];
  const baseUrl = addinBaseUrl();

  const page = (name, { officeJs }) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: path.resolve(__dirname, `src/taskpane/${name}.html`),
      chunks: [name],
      inject: "head",
      scriptLoading: "defer",
      templateParameters: {
        csp: contentSecurityPolicy({ officeJs, devServerOrigins }),
        officeJsUrl: OFFICE_JS_URL,
      },
      minify: production ? { collapseWhitespace: true, removeComments: true } : false,
    });

  return {
    mode: production ? "production" : "development",
    target: "web",
    entry: {
      taskpane: path.resolve(__dirname, "src/taskpane/index.tsx"),
      app: path.resolve(__dirname, "src/app/index.tsx"),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    // No eval-based source maps: the pages' CSP forbids eval in development too.
    devtool: production ? "source-map" : "cheap-module-source-map",
    resolve: {
      extensions: [".tsx", ".ts", ".js", ".mjs"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // Libraries (React, Fluent UI, Griffel…) change less often than our code: one
          // cacheable chunk shared by both pages. ExcelJS is excluded: see below.
          vendor: {
            test: /[\\/]node_modules[\\/](?!exceljs[\\/])/,
            name: "vendor",
            chunks: "initial",
            priority: 20,
          },
          // ExcelJS is only ever reached through import(): keep it in a chunk of its own.
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            chunks: "async",
            priority: 30,
            enforce: true,
          },
        },
      },
      runtimeChunk: false,
    },
    performance: {
      hints: production ? "warning" : false,
      // Budgets on uncompressed size; the gzip budget is test/build/bundle-size.test.ts.
      maxEntrypointSize: 700 * 1024,
      maxAssetSize: 1100 * 1024,
      assetFilter: (file) => file.endsWith(".js"),
    },
    plugins: [
      page("taskpane", { officeJs: true }),
      page("app", { officeJs: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", noErrorOnMissing: true },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            noErrorOnMissing: true,
            transform: (content) => rewriteManifest(content.toString("utf8"), baseUrl),
          },
        ],
      }),
    ],
    devServer: {
      port,
      host: "localhost",
      server: https ? { type: "https", options: https } : "http",
      // Everything is served from the in-memory build, laid out exactly like dist/.
      static: false,
      client: { overlay: { errors: true, warnings: false } },
      hot: false,
      liveReload: true,
      historyApiFallback: false,
    },
  };
};

module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.addinBaseUrl = addinBaseUrl;
module.exports.rewriteManifest = rewriteManifest;
