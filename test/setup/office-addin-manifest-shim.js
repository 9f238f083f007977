// office-addin-mock imports office-addin-manifest only for the OfficeApp enum; the real
// package pulls an ES-module-only dependency (strip-bom) that jest cannot load as CommonJS.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
