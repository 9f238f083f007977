/** SD. custom functions of the Verdelen capability (declared with @customfunction JSDoc). */
import "./shared/runtime-guard";

export {};
