// peninsula dashboard: filters apply as soon as they change; the evidence
// page scrolls to the highlighted sentence. Everything else is plain HTML.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("filters");
  if (form) {
    for (const field of form.querySelectorAll("select, input")) {
      field.addEventListener("change", () => {
        // leave out empty fields so that the URL stays short and shareable
        for (const f of form.querySelectorAll("select, input")) f.disabled = f.value === "";
        form.submit();
      });
    }
  }
  const mark = document.querySelector("mark.evidence");
  if (mark) mark.scrollIntoView({ block: "center" });
});
