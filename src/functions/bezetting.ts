/** SD. custom functions of the Bezetting capability (declared with @customfunction JSDoc). */
import "./shared/runtime-guard";

export {};
