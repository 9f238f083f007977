/** SD. custom functions of the Indexeren capability (declared with @customfunction JSDoc). */
import "./shared/runtime-guard";

export {};
