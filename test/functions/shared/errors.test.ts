import { SdFunctionError, fail, functionError, type ExcelErrorCode } from "../../../src/functions/shared/errors";

const CODES: ExcelErrorCode[] = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!", "#NAME?", "#REF!"];
const MESSAGE = "Het totaal van de sleutel is 0; vul minstens één inwoneraantal in.";

describe("inside Excel (the CustomFunctions runtime is there)", () => {
  test.each(CODES)("%s is thrown as CustomFunctions.Error with the Dutch message", (code) => {
    const error = functionError(code, MESSAGE);
    expect(error).toBeInstanceOf(CustomFunctions.Error);
    expect(error).not.toBeInstanceOf(SdFunctionError);
    expect({ code: error.code, message: error.message }).toEqual({ code, message: MESSAGE });
  });

  test("fail throws it", () => {
    expect(() => fail("#DIV/0!", MESSAGE)).toThrow(expect.objectContaining({ code: "#DIV/0!", message: MESSAGE }));
  });
});

describe("under plain Node (no CustomFunctions global)", () => {
  const saved = (globalThis as Record<string, unknown>).CustomFunctions;
  afterEach(() => {
    (globalThis as Record<string, unknown>).CustomFunctions = saved;
  });

  test.each(CODES)("%s is an SdFunctionError carrying the same code and message", (code) => {
    delete (globalThis as Record<string, unknown>).CustomFunctions;
    const error = functionError(code, MESSAGE);
    expect(error).toBeInstanceOf(SdFunctionError);
    expect(error).toBeInstanceOf(Error);
    expect({ name: error.name, code: error.code, message: error.message }).toEqual({ name: "SdFunctionError", code, message: MESSAGE });
  });

  test("the runtime guard's stand-in (associate only, no Error) also falls back instead of crashing", () => {
    (globalThis as Record<string, unknown>).CustomFunctions = { associate: () => undefined };
    expect(() => fail("#N/A", MESSAGE)).toThrow(SdFunctionError);
    expect(() => fail("#N/A", MESSAGE)).toThrow(expect.objectContaining({ code: "#N/A", message: MESSAGE }));
  });

  test("the shim is back after each test", () => {
    expect(functionError("#VALUE!", MESSAGE)).toBeInstanceOf(CustomFunctions.Error);
  });
});
