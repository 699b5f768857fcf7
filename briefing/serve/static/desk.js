// The desk's only script (the CSP allows nothing inline). Everything here improves a page that
// already works without it: dropping a file, prefilling the date and title, and lighting up the
// words of the article a point of the brief rests on. It never inserts markup: only classes,
// attributes, form values and plain text change.
(function () {
  "use strict";

  const csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";
  const reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  // ------------------------------------------------------------------ the form

  function setUpForm(form) {
    const drop = document.getElementById("drop");
    const file = document.getElementById("file");
    const text = document.getElementById("text");
    const published = document.getElementById("published");
    const title = document.getElementById("title");
    const busy = document.getElementById("busy");
    const make = document.getElementById("make");
    let inspected = null;

    // Ask the server what date and title the input gives; fill the fields the user left empty.
    function inspect() {
      const body = new FormData();
      if (file.files.length) {
        body.append("file", file.files[0]);
      } else if (text.value.trim()) {
        body.append("text", text.value);
      } else {
        return;
      }
      const ask = fetch("/inspect", { method: "POST", body: body, headers: { "X-CSRF-Token": csrf }, credentials: "same-origin" })
        .then((r) => (r.ok ? r.json() : null))
        .then((found) => {
          if (ask !== inspected || !found) return;
          if (found.published && !published.value) {
            published.value = found.published;
            published.dataset.prefilled = "1";
          }
          if (found.title && !title.value) {
            title.placeholder = found.title;
          }
        })
        .catch(() => {});
      inspected = ask;
    }

    let timer = null;
    text.addEventListener("input", () => {
      if (published.dataset.prefilled) {
        published.value = "";
        delete published.dataset.prefilled;
      }
      clearTimeout(timer);
      timer = setTimeout(inspect, 400);
    });
    file.addEventListener("change", inspect);

    ["dragenter", "dragover"].forEach((type) =>
      drop.addEventListener(type, (event) => {
        event.preventDefault();
        drop.classList.add("over");
      })
    );
    ["dragleave", "drop"].forEach((type) => drop.addEventListener(type, () => drop.classList.remove("over")));
    drop.addEventListener("drop", (event) => {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length) {
        file.files = event.dataTransfer.files;
        inspect();
      }
    });

    form.addEventListener("submit", () => {
      make.disabled = true;
      busy.hidden = false;
      busy.textContent = "Reading the article…";
    });
  }

  // ------------------------------------------------------------------ the brief beside its article

  function setUpPanes(briefPane, articlePane) {
    const live = document.getElementById("live");
    let pinned = null;

    const numbersOf = (element) => (element.dataset.q || "").split(" ").filter(Boolean);

    function spansFor(numbers) {
      return Array.from(articlePane.querySelectorAll(".ev")).filter((span) =>
        numbersOf(span).some((n) => numbers.includes(n))
      );
    }

    function clear() {
      document.querySelectorAll(".lit, .back").forEach((el) => el.classList.remove("lit", "back"));
    }

    function visibleIn(pane, element) {
      const box = pane.getBoundingClientRect();
      const rect = element.getBoundingClientRect();
      return rect.top >= box.top && rect.bottom <= box.bottom;
    }

    function bringIntoView(pane, element) {
      if (!visibleIn(pane, element)) {
        element.scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
      }
    }

    // Light a point and the words it cites; scroll the article to them when they are out of view.
    function light(point) {
      clear();
      if (!point) return;
      point.classList.add("lit");
      const numbers = numbersOf(point);
      const spans = spansFor(numbers);
      spans.forEach((span) => span.classList.add("lit"));
      numbers.forEach((n) =>
        articlePane.querySelectorAll('.cited-by[data-q="' + n + '"]').forEach((el) => el.classList.add("lit"))
      );
      if (spans.length) bringIntoView(articlePane, spans[0]);
    }

    function pin(point) {
      pinned = point;
      light(point);
      const numbers = numbersOf(point);
      live.textContent = "Quote " + numbers.join(", ") + " highlighted in the article.";
    }

    briefPane.addEventListener("mouseover", (event) => {
      const point = event.target.closest(".point");
      if (point && !point.classList.contains("lit")) light(point);
    });
    briefPane.addEventListener("mouseleave", () => light(pinned));
    briefPane.addEventListener("focusin", (event) => {
      const point = event.target.closest(".point");
      if (point) pin(point);
    });
    briefPane.addEventListener("click", (event) => {
      const point = event.target.closest(".point");
      if (!point) return;
      if (event.target.closest("a.cite")) event.preventDefault();
      pin(point);
    });
    briefPane.addEventListener("keydown", (event) => {
      const point = event.target.closest(".point");
      if (point && (event.key === "Enter" || event.key === " ")) {
        event.preventDefault();
        pin(point);
      }
    });

    // From the article back to the brief: a backlink focuses its point; hovering cited words
    // outlines every point that cites them.
    articlePane.addEventListener("click", (event) => {
      const link = event.target.closest("a.backlink");
      if (!link) return;
      const point = document.getElementById(link.dataset.point);
      if (!point) return;
      event.preventDefault();
      point.focus({ preventScroll: true });
      pin(point);
      bringIntoView(briefPane, point);
    });
    articlePane.addEventListener("mouseleave", () => {
      briefPane.querySelectorAll(".point.back").forEach((point) => point.classList.remove("back"));
    });
    articlePane.addEventListener("mouseover", (event) => {
      const span = event.target.closest(".ev");
      if (!span) return;
      const numbers = numbersOf(span);
      briefPane.querySelectorAll(".point").forEach((point) => {
        point.classList.toggle("back", numbersOf(point).some((n) => numbers.includes(n)));
      });
    });
  }

  function start() {
    const form = document.getElementById("brief-form");
    if (form) setUpForm(form);
    const briefPane = document.querySelector(".brief-pane");
    const articlePane = document.querySelector(".article-pane");
    if (briefPane && articlePane) setUpPanes(briefPane, articlePane);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
