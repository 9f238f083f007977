/**
 * Number formats for written tables. Office.js takes format codes in en-US notation; Excel
 * shows them with the user's own separators, so "#,##0.00" appears as 1.234,56 in Dutch Excel
 * (and in the preview, which renders them the Dutch way).
 */
export const FORMATS = {
  /** € 1.234 */
  euro: '"€" #,##0;"€" -#,##0',
  /** € 1.234,56 */
  euroCents: '"€" #,##0.00;"€" -#,##0.00',
  /** 1.234 */
  integer: "#,##0",
  /** 1.234,56 */
  decimal2: "#,##0.00",
  /** 4,70% */
  percent2: "0.00%",
  /** 11% */
  percent0: "0%",
  /** 31-03-2024 */
  date: "dd-mm-yyyy",
  text: "@",
  general: "General",
} as const;
