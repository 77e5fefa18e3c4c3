export { rules } from "../../src/rules/index.js";
