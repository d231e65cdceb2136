// Entry of taskpane.html: Office.js is already loaded (blocking <script> in <head>).
import { detectOfficeHost } from "./host";
import { renderPane } from "./render";

void detectOfficeHost(navigator.language).then(renderPane);
