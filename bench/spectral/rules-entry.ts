export { rules } from "../../src/model/rules/index.js";
