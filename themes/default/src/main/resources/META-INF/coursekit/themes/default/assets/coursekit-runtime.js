/* CourseKit package runtime: tracks a course packaged as ONE SCO / AU in SCORM 1.2, SCORM 2004
   4th edition or cmi5. Plain ES2017, no libraries; it talks only to the LMS (SCORM API object) or to
   the LRS named in the cmi5 launch URL.

   index.html (the launch shell, #ck-package) finds the LMS, owns the tracking session for the whole
   attempt and shows the course pages in iframe#ck-content, so moving between pages never ends the
   session. Content pages load this same file: module pages report that their end was seen,
   assessment.html (#ck-assessment) draws, shows and scores the summative questions. Both talk to the
   shell through window.parent.CourseKit (same origin).

   suspend_data v1 (the same string goes to the cmi5 State API), fields joined by "|":
     v1|modulesKey|assessmentKey|page|done|attempt|state|score|failedDay|seed|elapsed|answers
   page: base36 index into the package's pages; done: base32 digits, 5 modules a digit (bit j of digit
   i = module 5i+j); attempt: attempts started, base36; state: n none | i in progress | p passed |
   f failed (last submitted attempt); score: last submitted score in basis points, base36; failedDay:
   UTC day number of the last fail, base36; seed (uint32), elapsed (seconds) and answers (one entry per
   drawn question, joined by ",") only while an attempt is in progress. The build computes the worst
   case of this string by the same rules (SuspendDataBudget) and warns above the LMS limit. */
(function () {
  'use strict';

  // ---------------------------------------------------------------------------------------------
  // Pure parts: state codec, draw, scoring, time formats. Exposed as window.CourseKitCodec for tests.

  var VERSION = 'v1';
  var B32 = '0123456789abcdefghijklmnopqrstuv';
  var MAX_ATTEMPT_COUNT = 1295; // "zz"
  var MAX_ELAPSED = 1679615; // "zzzz" seconds
  var MAX_DAY = 1679615; // "zzzz"
  var MAX_SEED = 4294967295;
  var MAX_SCORE = 10000; // basis points
  var TEXT_LIMITS = { numeric: 24, short: 100 };
  var DAY_MS = 86400000;

  function b36(n) {
    return Math.max(0, Math.floor(n)).toString(36);
  }

  function fromB36(text) {
    return /^[0-9a-z]{1,7}$/.test(text) ? parseInt(text, 36) : NaN;
  }

  function optional36(text) {
    if (text === '') {
      return null;
    }
    var n = fromB36(text);
    if (isNaN(n)) {
      throw new Error('not base36: ' + text);
    }
    return n;
  }

  /** Typed answers may hold the separators of the encoding; they are %-escaped. */
  function escapeText(text) {
    return String(text).replace(/[%|,.]/g, function (c) {
      return '%' + c.charCodeAt(0).toString(16).toUpperCase();
    });
  }

  function unescapeText(text) {
    return String(text).replace(/%(25|7C|2C|2E)/gi, function (all, hex) {
      return String.fromCharCode(parseInt(hex, 16));
    });
  }

  function encodeBits(flags) {
    var out = '';
    for (var i = 0; i < flags.length; i += 5) {
      var digit = 0;
      for (var j = 0; j < 5 && i + j < flags.length; j++) {
        if (flags[i + j]) {
          digit += 1 << j;
        }
      }
      out += B32.charAt(digit);
    }
    return out;
  }

  function decodeBits(text, count) {
    if (text.length !== Math.ceil(count / 5)) {
      throw new Error('module bits do not match ' + count + ' modules');
    }
    var flags = [];
    for (var i = 0; i < count; i++) {
      var digit = B32.indexOf(text.charAt(Math.floor(i / 5)));
      if (digit < 0) {
        throw new Error('not base32: ' + text);
      }
      flags.push((digit & (1 << (i % 5))) !== 0);
    }
    return flags;
  }

  /** The state of a learner who has not started: the shape encode() and decode() share. */
  function freshState(ctx) {
    var done = [];
    for (var i = 0; i < ctx.moduleCount; i++) {
      done.push(false);
    }
    return {
      modulesKey: ctx.modulesKey,
      assessmentKey: ctx.assessmentKey,
      page: 0,
      done: done,
      attempt: 0,
      status: 'n',
      score: null,
      failedDay: null,
      seed: null,
      elapsed: 0,
      answers: []
    };
  }

  function encode(state) {
    var open = state.status === 'i';
    return [
      VERSION,
      state.modulesKey,
      state.assessmentKey,
      b36(state.page),
      encodeBits(state.done),
      b36(Math.min(state.attempt, MAX_ATTEMPT_COUNT)),
      state.status,
      state.score === null ? '' : b36(Math.min(state.score, MAX_SCORE)),
      state.failedDay === null ? '' : b36(Math.min(state.failedDay, MAX_DAY)),
      open ? b36(state.seed >>> 0) : '',
      open ? b36(Math.min(state.elapsed, MAX_ELAPSED)) : '',
      open ? state.answers.join(',').replace(/,+$/, '') : ''
    ].join('|');
  }

  /**
   * Reads suspend_data written by encode(). Anything unreadable starts afresh; progress recorded for
   * other modules (modulesKey changed) is dropped, and so is an attempt in progress on another pool
   * (assessmentKey changed); the attempt history is kept. ctx: modulesKey, assessmentKey,
   * moduleCount, pageCount.
   */
  function decode(text, ctx) {
    var state = freshState(ctx);
    if (typeof text !== 'string' || text.indexOf(VERSION + '|') !== 0) {
      return { state: state, restored: false, dropped: text ? 'unknown format' : null };
    }
    var f = text.split('|');
    try {
      if (f.length !== 12) {
        throw new Error('expected 12 fields, found ' + f.length);
      }
      var dropped = [];
      if (f[1] === ctx.modulesKey) {
        var page = fromB36(f[3]);
        state.page = page >= 0 && page < ctx.pageCount ? page : 0;
        state.done = decodeBits(f[4], ctx.moduleCount);
      } else {
        dropped.push('module progress');
      }
      state.attempt = optional36(f[5]) || 0;
      if ('nipf'.indexOf(f[6]) < 0 || f[6].length !== 1) {
        throw new Error('unknown state ' + f[6]);
      }
      state.status = f[6];
      state.score = optional36(f[7]);
      state.failedDay = optional36(f[8]);
      if (state.status === 'i') {
        if (f[2] === ctx.assessmentKey) {
          state.seed = optional36(f[9]);
          state.elapsed = optional36(f[10]) || 0;
          state.answers = f[11] === '' ? [] : f[11].split(',');
          if (state.seed === null) {
            throw new Error('attempt in progress without a seed');
          }
        } else {
          // The pool changed under an unfinished attempt: that attempt never happened.
          state.attempt = Math.max(0, state.attempt - 1);
          state.status = state.attempt > 0 ? 'f' : 'n';
          dropped.push('the unfinished assessment attempt');
        }
      }
      return { state: state, restored: true, dropped: dropped.length ? dropped.join(' and ') : null };
    } catch (e) {
      return { state: freshState(ctx), restored: false, dropped: 'unreadable (' + e.message + ')' };
    }
  }

  function textLimit(item) {
    return TEXT_LIMITS[item.type] || 0;
  }

  /** One question's answer as stored: "" when unanswered. value as read from the form. */
  function encodeAnswer(item, value) {
    if (value === null || value === undefined) {
      return '';
    }
    switch (item.type) {
      case 'single':
        return value < 0 ? '' : b36(value);
      case 'multiple': {
        var mask = 0;
        value.forEach(function (index) {
          mask += Math.pow(2, index);
        });
        return mask === 0 ? '' : mask.toString(36);
      }
      case 'matching':
        return value.every(function (v) { return v < 0; })
          ? ''
          : value.map(function (v) { return v < 0 ? '' : b36(v); }).join('.');
      case 'numeric':
      case 'short':
        return escapeText(String(value).slice(0, textLimit(item)));
      default:
        return '';
    }
  }

  /** The inverse of encodeAnswer(); null when unanswered or unreadable. */
  function decodeAnswer(item, text) {
    if (!text) {
      return null;
    }
    switch (item.type) {
      case 'single': {
        var index = fromB36(text);
        return isNaN(index) || index >= item.options.length ? null : index;
      }
      case 'multiple': {
        var mask = fromB36(text);
        if (isNaN(mask)) {
          return null;
        }
        var chosen = [];
        for (var k = 0; k < item.options.length; k++) {
          if (Math.floor(mask / Math.pow(2, k)) % 2 === 1) {
            chosen.push(k);
          }
        }
        return chosen;
      }
      case 'matching':
        return item.rows.map(function (row, i) {
          var part = text.split('.')[i];
          var v = part ? fromB36(part) : NaN;
          return isNaN(v) || v >= item.choices.length ? -1 : v;
        });
      case 'numeric':
      case 'short':
        return unescapeText(text);
      default:
        return null;
    }
  }

  /** The longest answer a question can store, by the rules of encodeAnswer(). */
  function worstAnswer(item) {
    switch (item.type) {
      case 'single':
        return b36(Math.max(0, item.options.length - 1));
      case 'multiple':
        return (Math.pow(2, item.options.length) - 1).toString(36);
      case 'matching':
        return item.rows.map(function () {
          return b36(Math.max(0, item.choices.length - 1));
        }).join('.');
      case 'numeric':
      case 'short':
        return escapeText(new Array(textLimit(item) + 1).join(','));
      default:
        return '';
    }
  }

  function drawCount(assessment) {
    var pool = assessment.items.length;
    return assessment.draw === null || assessment.draw === undefined ? pool : Math.min(assessment.draw, pool);
  }

  /** The longest suspend_data this course can produce: every field at its maximum at once. */
  function worstCase(pkg, assessment) {
    var ctx = contextOf(pkg);
    var state = freshState(ctx);
    state.page = Math.max(0, ctx.pageCount - 1);
    state.done = state.done.map(function () { return true; });
    if (pkg.assessment && assessment) {
      var max = pkg.attempts && pkg.attempts.max ? pkg.attempts.max : MAX_ATTEMPT_COUNT;
      state.attempt = Math.min(max, MAX_ATTEMPT_COUNT);
      state.status = 'i';
      state.score = MAX_SCORE;
      state.failedDay = MAX_DAY;
      state.seed = MAX_SEED;
      state.elapsed = MAX_ELAPSED;
      state.answers = assessment.items
        .map(worstAnswer)
        .sort(function (a, b) { return b.length - a.length; })
        .slice(0, drawCount(assessment));
    }
    return encode(state);
  }

  function contextOf(pkg) {
    return {
      modulesKey: pkg.modulesKey || '',
      assessmentKey: pkg.assessmentKey || '',
      moduleCount: pkg.modules.length,
      pageCount: pkg.pages.length
    };
  }

  /** mulberry32: a small seeded PRNG, so one seed always gives the same draw. */
  function prng(seed) {
    var a = seed >>> 0;
    return function () {
      a = (a + 0x6d2b79f5) | 0;
      var t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function shuffle(list, random) {
    for (var i = list.length - 1; i > 0; i--) {
      var j = Math.floor(random() * (i + 1));
      var swap = list[i];
      list[i] = list[j];
      list[j] = swap;
    }
    return list;
  }

  /**
   * The questions of one attempt, as indexes into assessment.items. First each blueprint row gets its
   * min_items (round-robin), then rows are topped up towards their weight (share of the drawn
   * questions), then the rest is drawn at random. With randomize the order is shuffled, otherwise
   * pool order is kept.
   */
  function drawItems(assessment, seed) {
    var random = prng(seed);
    var items = assessment.items;
    var count = drawCount(assessment);
    var chosen = [];
    var taken = items.map(function () { return false; });
    var blueprint = assessment.blueprint || [];

    function candidates(objective) {
      var found = [];
      items.forEach(function (item, index) {
        if (!taken[index] && (objective === null || item.objectives.indexOf(objective) >= 0)) {
          found.push(index);
        }
      });
      return shuffle(found, random);
    }
    function covering(objective) {
      return chosen.filter(function (index) {
        return items[index].objectives.indexOf(objective) >= 0;
      }).length;
    }
    function take(index) {
      taken[index] = true;
      chosen.push(index);
    }

    // Minimums round-robin, one item per row a round, so a draw too small for every minimum
    // still covers every objective it can instead of starving the last rows.
    var progress = true;
    while (progress && chosen.length < count) {
      progress = false;
      blueprint.forEach(function (row) {
        if (chosen.length < count && covering(row.objective) < (row.minItems || 0)) {
          var pool = candidates(row.objective);
          if (pool.length) {
            take(pool[0]);
            progress = true;
          }
        }
      });
    }
    while (chosen.length < count) {
      var best = null;
      var bestGap = 0;
      blueprint.forEach(function (row) {
        var gap = ((row.weight || 0) / 100) * count - covering(row.objective);
        if (gap > bestGap && candidates(row.objective).length) {
          best = row;
          bestGap = gap;
        }
      });
      if (!best) {
        break;
      }
      take(candidates(best.objective)[0]);
    }
    candidates(null).slice(0, count - chosen.length).forEach(take);
    if (assessment.randomize) {
      return shuffle(chosen, random);
    }
    return chosen.sort(function (a, b) { return a - b; });
  }

  /** Typed answers are read as the formative quizzes read them (coursekit.js, loaded first). */
  function answers() {
    return window.CourseKitAnswers;
  }

  /** Summative questions are all or nothing: full points only for a fully right answer. */
  function isCorrect(item, value) {
    var key = item.key || {};
    if (value === null || value === undefined) {
      return false;
    }
    switch (item.type) {
      case 'single':
        return (key.correct || []).length === 1 && key.correct[0] === value;
      case 'multiple': {
        var want = (key.correct || []).slice().sort();
        var got = value.slice().sort();
        return want.length === got.length && want.every(function (v, i) { return v === got[i]; });
      }
      case 'numeric': {
        var number = answers().parseNumber(value);
        return !isNaN(number) &&
          Math.abs(number - parseFloat(key.value)) <= parseFloat(key.tolerance || '0') + 1e-9;
      }
      case 'short': {
        var given = answers().normaliseText(value);
        return given !== '' && (key.accept || []).some(function (a) {
          return answers().normaliseText(a) === given;
        });
      }
      case 'matching':
        return (key.answers || []).length === value.length &&
          value.every(function (v, i) { return v === key.answers[i]; });
      default:
        return false;
    }
  }

  /** Points of one attempt, overall and per objective (an item counts for each of its objectives). */
  function scoreAttempt(items, values) {
    var result = { points: 0, max: 0, objectives: {}, results: [] };
    items.forEach(function (item, i) {
      var points = Number(item.points) || 0;
      var correct = isCorrect(item, values[i]);
      result.results.push(correct);
      result.max += points;
      result.points += correct ? points : 0;
      item.objectives.forEach(function (id) {
        var o = result.objectives[id] || (result.objectives[id] = { points: 0, max: 0 });
        o.max += points;
        o.points += correct ? points : 0;
      });
    });
    return result;
  }

  function pad(n, width) {
    var s = String(n);
    while (s.length < width) {
      s = '0' + s;
    }
    return s;
  }

  /** SCORM 1.2 CMITimespan HHHH:MM:SS.SS */
  function scorm12Time(seconds) {
    var cs = Math.min(Math.round(Math.max(0, seconds) * 100), 9999 * 360000 + 359999);
    return pad(Math.floor(cs / 360000), 4) + ':' + pad(Math.floor(cs / 6000) % 60, 2) + ':' +
      pad(Math.floor(cs / 100) % 60, 2) + '.' + pad(cs % 100, 2);
  }

  /** ISO 8601 duration as SCORM 2004 and xAPI want it: PT1H2M3.45S */
  function isoDuration(seconds) {
    var cs = Math.round(Math.max(0, seconds) * 100);
    var h = Math.floor(cs / 360000);
    var m = Math.floor(cs / 6000) % 60;
    var s = (cs % 6000) / 100;
    var out = 'PT' + (h ? h + 'H' : '') + (m ? m + 'M' : '');
    if (s || out === 'PT') {
      out += String(Number(s.toFixed(2))) + 'S';
    }
    return out;
  }

  window.CourseKitCodec = {
    encode: encode,
    decode: decode,
    freshState: freshState,
    contextOf: contextOf,
    encodeAnswer: encodeAnswer,
    decodeAnswer: decodeAnswer,
    worstAnswer: worstAnswer,
    worstCase: worstCase,
    drawItems: drawItems,
    scoreAttempt: scoreAttempt,
    scorm12Time: scorm12Time,
    isoDuration: isoDuration,
    textLimits: TEXT_LIMITS
  };

  // ---------------------------------------------------------------------------------------------
  // LMS connections. Each has start() -> Promise<launch>, update(view), submitted(view, outcome),
  // commit(), finish(view, byLearner). "view" is what the tracker derives from the state.

  function today() {
    return Math.floor(Date.now() / DAY_MS);
  }

  function clock() {
    return window.performance && performance.now ? performance.now() / 1000 : Date.now() / 1000;
  }

  /** SCORM API discovery: this window and its parents, then the opener and its parents. */
  function findApi(name) {
    function scan(start) {
      var win = start;
      for (var hops = 0; win && hops < 500; hops++) {
        try {
          if (win[name]) {
            return win[name];
          }
        } catch (e) {
          // a cross-origin frame: keep walking up
        }
        var parent;
        try {
          parent = win.parent;
        } catch (e) {
          return null;
        }
        if (!parent || parent === win) {
          return null;
        }
        win = parent;
      }
      return null;
    }
    var api = scan(window);
    try {
      if (!api && window.opener) {
        api = scan(window.opener);
      }
      if (!api && window.top && window.top.opener) {
        api = scan(window.top.opener);
      }
    } catch (e) {
      api = null;
    }
    return api;
  }

  var SCORM12 = {
    format: 'scorm12',
    apiName: 'API',
    calls: ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish', 'LMSGetLastError', 'LMSGetDiagnostic'],
    entry: 'cmi.core.entry',
    location: 'cmi.core.lesson_location',
    mode: 'cmi.core.lesson_mode',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    time: scorm12Time
  };

  var SCORM2004 = {
    format: 'scorm2004',
    apiName: 'API_1484_11',
    calls: ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate', 'GetLastError', 'GetDiagnostic'],
    entry: 'cmi.entry',
    location: 'cmi.location',
    mode: 'cmi.mode',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    time: isoDuration
  };

  var STATUS_RANK_12 = { 'not attempted': 0, browsed: 1, incomplete: 2, completed: 3, failed: 3, passed: 4 };

  function ScormConnection(spec, api, log) {
    this.spec = spec;
    this.api = api;
    this.log = log;
    this.written = {};
    this.started = 0;
    this.objectiveIndex = {};
    this.lmsStatus = {};
  }

  ScormConnection.prototype.call = function (i, a, b) {
    try {
      return String(this.api[this.spec.calls[i]](a === undefined ? '' : a, b));
    } catch (e) {
      this.log('LMS call ' + this.spec.calls[i] + ' failed: ' + e.message);
      return '';
    }
  };

  ScormConnection.prototype.get = function (element) {
    return this.call(1, element);
  };

  ScormConnection.prototype.set = function (element, value) {
    value = String(value);
    if (this.written[element] === value) {
      return true;
    }
    var ok = this.call(2, element, value) === 'true';
    if (ok) {
      this.written[element] = value;
    } else {
      this.log('LMS refused ' + element + ' = ' + value.slice(0, 60) + ': error ' + this.call(5) + ' ' + this.call(6, this.call(5)));
    }
    return ok;
  };

  ScormConnection.prototype.start = function () {
    var spec = this.spec;
    if (this.call(0) !== 'true') {
      return Promise.reject(new Error('the LMS refused to start the session (error ' + this.call(5) + ')'));
    }
    this.started = clock();
    var is12 = spec.format === 'scorm12';
    var count = parseInt(this.get('cmi.objectives._count'), 10) || 0;
    for (var n = 0; n < count; n++) {
      this.objectiveIndex[this.get('cmi.objectives.' + n + '.id')] = n;
    }
    this.objectiveCount = count;
    var mastery = null;
    if (is12) {
      var ms = parseFloat(this.get('cmi.student_data.mastery_score'));
      mastery = isNaN(ms) ? null : ms;
      this.lmsStatus.lesson = this.get('cmi.core.lesson_status');
    } else {
      var sps = parseFloat(this.get('cmi.scaled_passing_score'));
      mastery = isNaN(sps) ? null : sps * 100;
      this.lmsStatus.completion = this.get('cmi.completion_status');
      this.lmsStatus.success = this.get('cmi.success_status');
    }
    var mode = this.get(spec.mode) || 'normal';
    this.review = mode !== 'normal';
    return Promise.resolve({
      suspendData: this.get('cmi.suspend_data'),
      location: this.get(spec.location),
      entry: this.get(spec.entry),
      masteryPercent: mastery,
      review: this.review
    });
  };

  /** Statuses only move forward: a later launch never lowers what the LMS already recorded. */
  ScormConnection.prototype.update = function (view) {
    if (!this.review) {
      if (this.spec.format === 'scorm12') {
        var lesson = !view.completed ? 'incomplete'
          : view.success === 'passed' ? 'passed'
          : view.success === 'failed' ? 'failed'
          : 'completed';
        var before = this.lmsStatus.lesson;
        var lower = (STATUS_RANK_12[lesson] || 0) < (STATUS_RANK_12[before] || 0) ||
          (before === 'passed' && lesson !== 'passed');
        if (!lower) {
          this.set('cmi.core.lesson_status', lesson);
        }
      } else {
        if (view.completed || this.lmsStatus.completion !== 'completed') {
          this.set('cmi.completion_status', view.completed ? 'completed' : 'incomplete');
        }
        if (view.success !== 'unknown' && this.lmsStatus.success !== 'passed') {
          this.set('cmi.success_status', view.success);
        }
        this.set('cmi.progress_measure', view.progress.toFixed(2).replace(/\.?0+$/, '') || '0');
      }
    }
    this.set(this.spec.location, view.location);
    this.set('cmi.suspend_data', view.suspendData);
    this.set(this.spec.exit, view.finished ? (this.spec.format === 'scorm12' ? '' : 'normal') : 'suspend');
  };

  ScormConnection.prototype.objective = function (id) {
    if (!(id in this.objectiveIndex)) {
      var n = parseInt(this.get('cmi.objectives._count'), 10);
      n = isNaN(n) ? this.objectiveCount : n;
      if (!this.set('cmi.objectives.' + n + '.id', id)) {
        return null;
      }
      this.objectiveIndex[id] = n;
      this.objectiveCount = n + 1;
    }
    return 'cmi.objectives.' + this.objectiveIndex[id] + '.';
  };

  /** An objective's module was completed (completion), or an attempt scored it (success, score). */
  ScormConnection.prototype.objectiveStatus = function (id, status) {
    if (this.review) {
      return;
    }
    var prefix = this.objective(id);
    if (!prefix) {
      return;
    }
    if (this.spec.format === 'scorm12') {
      if (status.success || status.completed) {
        this.set(prefix + 'status', status.success || 'completed');
      }
      if (status.score) {
        this.set(prefix + 'score.raw', percentText(status.score.points, status.score.max));
        this.set(prefix + 'score.min', '0');
        this.set(prefix + 'score.max', '100');
      }
    } else {
      if (status.completed) {
        this.set(prefix + 'completion_status', 'completed');
      }
      if (status.success) {
        this.set(prefix + 'success_status', status.success);
      }
      if (status.score) {
        this.set(prefix + 'score.scaled', scaledText(status.score.points, status.score.max));
        this.set(prefix + 'score.raw', numberText(status.score.points));
        this.set(prefix + 'score.min', '0');
        this.set(prefix + 'score.max', numberText(status.score.max));
      }
      if (status.description) {
        this.set(prefix + 'description', status.description.slice(0, 250));
      }
    }
  };

  ScormConnection.prototype.submitted = function (outcome) {
    if (this.review) {
      return;
    }
    if (this.spec.format === 'scorm12') {
      // 1.2 LMSs compare score.raw with adlcp:masteryscore, a percentage.
      this.set('cmi.core.score.raw', percentText(outcome.points, outcome.max));
      this.set('cmi.core.score.min', '0');
      this.set('cmi.core.score.max', '100');
    } else {
      this.set('cmi.score.scaled', scaledText(outcome.points, outcome.max));
      this.set('cmi.score.raw', numberText(outcome.points));
      this.set('cmi.score.min', '0');
      this.set('cmi.score.max', numberText(outcome.max));
    }
    if (outcome.interactions) {
      this.interactions(outcome.interactions);
    }
  };

  ScormConnection.prototype.interactions = function (list) {
    var is12 = this.spec.format === 'scorm12';
    var self = this;
    var first = parseInt(this.get('cmi.interactions._count'), 10) || 0;
    var stamp = new Date();
    list.forEach(function (x, i) {
      var p = 'cmi.interactions.' + (first + i) + '.';
      self.set(p + 'id', x.id);
      self.set(p + 'type', x.type);
      x.objectives.forEach(function (id, k) {
        self.set(p + 'objectives.' + k + '.id', id);
      });
      self.set(p + 'weighting', numberText(x.weighting));
      if (is12) {
        self.set(p + 'time', pad(stamp.getHours(), 2) + ':' + pad(stamp.getMinutes(), 2) + ':' + pad(stamp.getSeconds(), 2));
        if (x.response12 !== null) {
          self.set(p + 'student_response', x.response12);
        }
        x.patterns12.forEach(function (pattern, k) {
          self.set(p + 'correct_responses.' + k + '.pattern', pattern);
        });
        self.set(p + 'result', x.correct ? 'correct' : 'wrong');
      } else {
        self.set(p + 'timestamp', stamp.toISOString().slice(0, 19));
        self.set(p + 'description', x.description);
        x.patterns2004.forEach(function (pattern, k) {
          self.set(p + 'correct_responses.' + k + '.pattern', pattern);
        });
        if (x.response2004 !== null) {
          self.set(p + 'learner_response', x.response2004);
        }
        self.set(p + 'result', x.correct ? 'correct' : 'incorrect');
      }
    });
  };

  ScormConnection.prototype.commit = function () {
    this.set(this.spec.sessionTime, this.spec.time(clock() - this.started));
    if (this.call(3) !== 'true') {
      this.log('LMS commit failed: error ' + this.call(5));
      return false;
    }
    return true;
  };

  /** Finish/Terminate stores everything (no commit first: pages going away may not send one). */
  ScormConnection.prototype.finish = function (view, byLearner) {
    if (byLearner && this.spec.format === 'scorm2004') {
      // Lets LMSs that support navigation close the player after the learner's "Save and exit".
      this.set('adl.nav.request', view.finished ? 'exitAll' : 'suspendAll');
    }
    this.set(this.spec.sessionTime, this.spec.time(clock() - this.started));
    return Promise.resolve(this.call(4) === 'true');
  };

  function percentText(points, max) {
    return max > 0 ? numberText(Math.round((points / max) * 10000) / 100) : '0';
  }

  function scaledText(points, max) {
    return max > 0 ? numberText(Math.round((points / max) * 10000) / 10000) : '0';
  }

  function numberText(n) {
    return String(Math.round(n * 10000) / 10000);
  }

  // cmi5: launch parameters, one auth token, xAPI statements in order, state in the State API.

  var CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
  var MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
  var MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
  var STATE_ID = 'coursekit.suspendData';
  var VERBS = {
    initialized: 'http://adlnet.gov/expapi/verbs/initialized',
    completed: 'http://adlnet.gov/expapi/verbs/completed',
    passed: 'http://adlnet.gov/expapi/verbs/passed',
    failed: 'http://adlnet.gov/expapi/verbs/failed',
    terminated: 'http://adlnet.gov/expapi/verbs/terminated'
  };

  function uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function cmi5Launch() {
    var q = new URLSearchParams(window.location.search);
    var names = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'];
    if (!names.every(function (n) { return q.get(n); })) {
      return null;
    }
    var launch = {};
    names.forEach(function (n) { launch[n] = q.get(n); });
    launch.endpoint = launch.endpoint.replace(/\/?$/, '/');
    launch.actor = JSON.parse(launch.actor);
    return launch;
  }

  function Cmi5Connection(launch, log) {
    this.launch = launch;
    this.log = log;
    this.queue = Promise.resolve();
    this.sent = {};
    this.started = 0;
    this.judgedThisSession = false;
  }

  Cmi5Connection.prototype.headers = function (type) {
    var h = { 'X-Experience-API-Version': '1.0.3', Authorization: 'Basic ' + this.token };
    if (type) {
      h['Content-Type'] = type;
    }
    return h;
  };

  Cmi5Connection.prototype.url = function (resource, params) {
    var q = new URLSearchParams(params);
    return this.launch.endpoint + resource + '?' + q.toString();
  };

  Cmi5Connection.prototype.stateParams = function (stateId) {
    return {
      stateId: stateId,
      activityId: this.launch.activityId,
      agent: JSON.stringify(this.launch.actor),
      registration: this.launch.registration
    };
  };

  /** The fetch URL works once; a reload in the same session reuses the token kept for this tab. */
  Cmi5Connection.prototype.fetchToken = function () {
    var key = 'coursekit.cmi5.token:' + this.launch.fetch;
    var kept = null;
    try {
      kept = sessionStorage.getItem(key);
    } catch (e) {
      kept = null;
    }
    if (kept) {
      return Promise.resolve(kept);
    }
    return fetch(this.launch.fetch, { method: 'POST', credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (body) {
        if (!body['auth-token']) {
          throw new Error('the LMS gave no auth-token (' + (body['error-text'] || 'no reason') + ')');
        }
        try {
          sessionStorage.setItem(key, body['auth-token']);
        } catch (e) {
          // private mode: only a reload loses the token
        }
        return body['auth-token'];
      });
  };

  Cmi5Connection.prototype.start = function () {
    var self = this;
    return this.fetchToken().then(function (token) {
      self.token = token;
      var launchData = fetch(self.url('activities/state', self.stateParams('LMS.LaunchData')), {
        headers: self.headers()
      }).then(function (r) {
        if (!r.ok) {
          throw new Error('LMS.LaunchData is missing (HTTP ' + r.status + ')');
        }
        return r.json();
      });
      var saved = fetch(self.url('activities/state', self.stateParams(STATE_ID)), { headers: self.headers() })
        .then(function (r) { return r.ok ? r.text() : ''; });
      // cmi5 section 11: the AU reads the learner preferences at start-up (one language here).
      var preferences = fetch(self.url('agents/profile', {
        agent: JSON.stringify(self.launch.actor),
        profileId: 'cmi5LearnerPreferences'
      }), { headers: self.headers() }).catch(function () { return null; });
      return Promise.all([launchData, saved, preferences]);
    }).then(function (results) {
      var data = results[0];
      self.launchData = data;
      self.review = data.launchMode && data.launchMode !== 'Normal';
      self.started = clock();
      self.startedAt = Date.now();
      self.statement('initialized');
      var mastery = typeof data.masteryScore === 'number' ? data.masteryScore * 100 : null;
      self.masteryFromLms = mastery !== null;
      return {
        suspendData: results[1],
        location: '',
        entry: results[1] ? 'resume' : 'ab-initio',
        masteryPercent: mastery,
        review: self.review
      };
    });
  };

  /** The LMS's context template, filled in; "cmi5 allowed" statements leave out the cmi5 category. */
  Cmi5Connection.prototype.context = function (moveOn, extensions, allowedOnly) {
    var template = JSON.parse(JSON.stringify(this.launchData.contextTemplate || {}));
    template.registration = this.launch.registration;
    var activities = template.contextActivities || (template.contextActivities = {});
    if (allowedOnly) {
      activities.parent = (activities.parent || []).concat([{ id: this.launch.activityId, objectType: 'Activity' }]);
      return template;
    }
    var category = activities.category || (activities.category = []);
    category.push({ id: CMI5_CATEGORY, objectType: 'Activity' });
    if (moveOn) {
      category.push({ id: MOVEON_CATEGORY, objectType: 'Activity' });
    }
    if (extensions) {
      template.extensions = Object.assign(template.extensions || {}, extensions);
    }
    return template;
  };

  /**
   * Sends one cmi5 defined statement. Statements leave one after the other; when the page is going
   * away (now) it leaves at once: cmi5 orders statements by their timestamps.
   */
  Cmi5Connection.prototype.statement = function (verb, result, moveOn, extensions, now) {
    this.sent[verb] = true;
    return this.send(verb, {
      id: uuid(),
      actor: this.launch.actor,
      verb: { id: VERBS[verb], display: { 'en-US': verb } },
      object: { id: this.launch.activityId, objectType: 'Activity' },
      result: result || undefined,
      context: this.context(moveOn, extensions),
      timestamp: new Date().toISOString()
    }, now);
  };

  /** The score of an attempt the package does not judge, as a "cmi5 allowed" statement. */
  Cmi5Connection.prototype.scored = function (score, elapsed) {
    return this.send('scored', {
      id: uuid(),
      actor: this.launch.actor,
      verb: { id: 'http://adlnet.gov/expapi/verbs/scored', display: { 'en-US': 'scored' } },
      object: { id: this.launch.activityId, objectType: 'Activity' },
      result: { score: score, duration: isoDuration(elapsed) },
      context: this.context(false, null, true),
      timestamp: new Date().toISOString()
    }, false);
  };

  /** One answer as a "cmi5 allowed" statement (opt-in, like SCORM interactions). */
  Cmi5Connection.prototype.answered = function (x) {
    return this.send('answered', {
      id: uuid(),
      actor: this.launch.actor,
      verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
      object: {
        id: this.launch.activityId + '/interactions/' + encodeURIComponent(x.id),
        objectType: 'Activity',
        definition: {
          type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
          name: { und: x.id },
          description: { und: x.description },
          interactionType: x.type,
          correctResponsesPattern: x.patterns2004
        }
      },
      result: { success: x.correct, response: x.response2004 === null ? '' : x.response2004 },
      context: this.context(false, null, true),
      timestamp: new Date().toISOString()
    }, false);
  };

  Cmi5Connection.prototype.send = function (verb, body, now) {
    var self = this;
    var send = function () {
      return fetch(self.launch.endpoint + 'statements', {
        method: 'POST',
        headers: self.headers('application/json'),
        body: JSON.stringify(body),
        keepalive: true
      }).then(function (r) {
        if (!r.ok) {
          self.log('LRS refused the ' + verb + ' statement: HTTP ' + r.status);
        }
      }).catch(function (e) {
        self.log('cannot send the ' + verb + ' statement: ' + e.message);
      });
    };
    this.queue = now ? send() : this.queue.then(send);
    return this.queue;
  };

  Cmi5Connection.prototype.update = function (view) {
    this.pendingState = view.suspendData;
    if (!this.review && view.completed && !view.completedAtStart && !this.sent.completed) {
      this.statement('completed', { completion: true, duration: isoDuration(clock() - this.started) }, true);
    }
  };

  Cmi5Connection.prototype.objectiveStatus = function () {
    // cmi5 has no objectives data model; the course structure lists them.
  };

  Cmi5Connection.prototype.submitted = function (outcome) {
    if (this.review) {
      return;
    }
    (outcome.interactions || []).forEach(this.answered, this);
    var score = { scaled: Number(scaledText(outcome.points, outcome.max)) };
    if (Number.isInteger(outcome.points) && Number.isInteger(outcome.max)) {
      score.raw = outcome.points;
      score.min = 0;
      score.max = outcome.max;
    }
    if (outcome.success === 'unknown') {
      // Not judged here (an in-person part decides with it): the score still reaches the LRS, as
      // a "cmi5 allowed" statement, since only passed and failed may carry one.
      this.scored(score, outcome.elapsed);
      return;
    }
    var extensions = null;
    if (this.masteryFromLms) {
      extensions = {};
      extensions[MASTERY_EXTENSION] = this.launchData.masteryScore;
    }
    this.judgedThisSession = true;
    this.statement(outcome.success, {
      success: outcome.success === 'passed',
      score: score,
      duration: isoDuration(outcome.elapsed)
    }, true, extensions);
  };

  Cmi5Connection.prototype.commit = function () {
    var self = this;
    if (this.pendingState === undefined || this.pendingState === this.savedState) {
      return true;
    }
    var text = this.pendingState;
    this.savedState = text;
    fetch(this.url('activities/state', this.stateParams(STATE_ID)), {
      method: 'PUT',
      headers: this.headers('text/plain'),
      body: text,
      keepalive: true
    }).catch(function (e) {
      self.log('cannot save progress: ' + e.message);
    });
    return true;
  };

  Cmi5Connection.prototype.finish = function (view, byLearner) {
    this.commit();
    var done = this.statement('terminated', { duration: isoDuration(clock() - this.started) }, false, null, !byLearner);
    var back = this.launchData && this.launchData.returnURL;
    if (byLearner && back) {
      return done.then(function () {
        window.location.assign(back);
        return true;
      });
    }
    return done.then(function () { return true; });
  };

  /** Outside an LMS: the course works, nothing is recorded. */
  function OfflineConnection() {}
  OfflineConnection.prototype.start = function () {
    return Promise.resolve({ suspendData: '', location: '', entry: 'ab-initio', masteryPercent: null, review: false });
  };
  OfflineConnection.prototype.update = function () {};
  OfflineConnection.prototype.objectiveStatus = function () {};
  OfflineConnection.prototype.submitted = function () {};
  OfflineConnection.prototype.commit = function () { return true; };
  OfflineConnection.prototype.finish = function () { return Promise.resolve(true); };

  // ---------------------------------------------------------------------------------------------
  // The tracker: the learner's state, what it means for completion and success, when to report.

  function Tracker(pkg, connection, launch, decoded, log) {
    this.pkg = pkg;
    this.connection = connection;
    this.log = log;
    this.state = decoded.state;
    this.review = launch.review;
    var fromPackage = pkg.mastery ? pkg.mastery.score : null;
    // The LMS's own passing score wins (an administrator may have changed it).
    this.masteryPercent = launch.masteryPercent !== null ? launch.masteryPercent : fromPackage;
    this.completedAtStart = this.view().completed;
  }

  Tracker.prototype.submittedCount = function () {
    var s = this.state;
    return s.status === 'i' ? s.attempt - 1 : s.status === 'n' ? 0 : s.attempt;
  };

  Tracker.prototype.modulesDone = function () {
    return this.state.done.filter(Boolean).length;
  };

  Tracker.prototype.requiresAssessment = function () {
    return !!(this.pkg.completion && this.pkg.completion.assessment && this.pkg.assessment);
  };

  Tracker.prototype.attemptsLeft = function () {
    var max = this.pkg.attempts && this.pkg.attempts.max;
    return max ? Math.max(0, max - this.state.attempt) : Infinity;
  };

  Tracker.prototype.view = function () {
    var pkg = this.pkg;
    var allDone = this.modulesDone() === pkg.modules.length;
    var submitted = this.submittedCount() > 0;
    var needModules = !pkg.completion || pkg.completion.allModules !== false;
    var completed = (!needModules || allDone) && (!this.requiresAssessment() || submitted);
    var success = 'unknown';
    if (this.masteryPercent !== null && submitted) {
      success = this.state.status === 'p' ? 'passed' : 'failed';
    }
    // Nothing more can happen: the LMS may close the attempt (exit normal instead of suspend).
    var finished = completed && (success !== 'failed' ||
      (this.state.status === 'f' && this.attemptsLeft() === 0));
    var steps = pkg.modules.length + (this.requiresAssessment() ? 1 : 0);
    var progress = steps ? (this.modulesDone() + (this.requiresAssessment() && submitted ? 1 : 0)) / steps : 1;
    var page = pkg.pages[this.state.page];
    return {
      completed: completed,
      completedAtStart: this.completedAtStart,
      success: success,
      finished: finished,
      progress: progress,
      location: page ? page.id : '',
      suspendData: this.suspendData()
    };
  };

  /** Encodes the state; over the LMS limit (the build warned) the unfinished answers give way. */
  Tracker.prototype.suspendData = function () {
    var text = encode(this.state);
    var limit = this.pkg.suspendDataLimit;
    if (limit && text.length > limit) {
      this.log('suspend_data is ' + text.length + ' characters, over the LMS limit of ' + limit +
        '; the answers of the unfinished attempt are not saved');
      var lean = Object.assign({}, this.state, { answers: [] });
      text = encode(lean);
    }
    return text;
  };

  /** Reports the state to the LMS; commit = also make the LMS store it now. */
  Tracker.prototype.report = function (commit) {
    this.connection.update(this.view());
    if (commit) {
      this.connection.commit();
    }
  };

  Tracker.prototype.showPage = function (index) {
    if (index >= 0 && index !== this.state.page) {
      this.state.page = index;
      this.report(true);
    }
  };

  Tracker.prototype.completeModule = function (index) {
    if (index < 0 || this.state.done[index]) {
      return false;
    }
    this.state.done[index] = true;
    var moduleId = this.pkg.modules[index].id;
    var self = this;
    (this.pkg.objectives || []).forEach(function (o) {
      if (o.moduleId === moduleId) {
        self.connection.objectiveStatus(o.id, { completed: true, description: o.text });
      }
    });
    this.report(true);
    return true;
  };

  /** Why an attempt cannot start now, or null. */
  Tracker.prototype.blocker = function () {
    var s = this.state;
    if (!this.pkg.assessment) {
      return { reason: 'none' };
    }
    if (s.status === 'i') {
      return null;
    }
    if ((!this.pkg.completion || this.pkg.completion.allModules !== false) &&
        this.modulesDone() < this.pkg.modules.length) {
      return { reason: 'locked', modulesLeft: this.pkg.modules.length - this.modulesDone() };
    }
    if (s.status === 'p') {
      return { reason: 'passed', judged: this.masteryPercent !== null };
    }
    if (this.attemptsLeft() === 0) {
      return { reason: 'exhausted' };
    }
    var wait = (this.pkg.attempts && this.pkg.attempts.waitDays) || 0;
    if (s.status === 'f' && s.failedDay !== null && today() < s.failedDay + wait) {
      return { reason: 'waiting', retakeOn: new Date((s.failedDay + wait) * DAY_MS).toISOString().slice(0, 10) };
    }
    if (this.connection.judgedThisSession) {
      return { reason: 'next-session' };
    }
    if (this.review) {
      return { reason: 'review' };
    }
    return null;
  };

  Tracker.prototype.assessmentStatus = function () {
    var s = this.state;
    var blocker = this.blocker();
    return {
      state: s.status,
      attemptsStarted: s.attempt,
      attemptsSubmitted: this.submittedCount(),
      maxAttempts: (this.pkg.attempts && this.pkg.attempts.max) || null,
      masteryPercent: this.masteryPercent,
      lastScorePercent: s.score === null ? null : s.score / 100,
      inPerson: this.pkg.inPerson || null,
      canStart: blocker === null && s.status !== 'i',
      blocker: blocker,
      current: s.status === 'i'
        ? { seed: s.seed, elapsed: s.elapsed, answers: s.answers.slice(), assessmentKey: s.assessmentKey }
        : null
    };
  };

  Tracker.prototype.startAttempt = function () {
    if (this.blocker() !== null || this.state.status === 'i') {
      return null;
    }
    var seed = new Uint32Array(1);
    window.crypto.getRandomValues(seed);
    Object.assign(this.state, { attempt: this.state.attempt + 1, status: 'i', seed: seed[0], elapsed: 0, answers: [] });
    this.report(true);
    return this.assessmentStatus().current;
  };

  Tracker.prototype.saveAttempt = function (answerList, elapsed, commit) {
    if (this.state.status !== 'i') {
      return;
    }
    this.state.answers = answerList.slice();
    this.state.elapsed = Math.floor(elapsed);
    this.report(commit);
  };

  /** Records a scored attempt: result = {answers, elapsed, points, max, objectives, interactions}. */
  Tracker.prototype.submitAttempt = function (result) {
    if (this.state.status !== 'i') {
      return null;
    }
    var s = this.state;
    var bp = result.max > 0 ? Math.round((result.points / result.max) * 10000) : 0;
    var passed = this.masteryPercent === null || (result.max > 0 &&
      result.points * 100 >= this.masteryPercent * result.max - 1e-9);
    Object.assign(s, { status: passed ? 'p' : 'f', score: bp, seed: null, elapsed: 0, answers: [] });
    if (!passed) {
      s.failedDay = today();
    }
    var view = this.view();
    var success = view.success;
    var self = this;
    Object.keys(result.objectives).sort().forEach(function (id) {
      var o = result.objectives[id];
      var status = { score: o };
      if (self.masteryPercent !== null && o.max > 0) {
        status.success = o.points * 100 >= self.masteryPercent * o.max - 1e-9 ? 'passed' : 'failed';
      }
      self.connection.objectiveStatus(id, status);
    });
    this.connection.submitted({
      points: result.points,
      max: result.max,
      success: success,
      elapsed: result.elapsed,
      interactions: this.pkg.interactions ? result.interactions : null
    });
    this.report(true);
    var blocker = this.blocker();
    return {
      passed: success === 'passed',
      judged: success !== 'unknown',
      percent: bp / 100,
      masteryPercent: this.masteryPercent,
      attemptsLeft: this.attemptsLeft(),
      canRetake: blocker === null,
      blocker: blocker
    };
  };

  // ---------------------------------------------------------------------------------------------
  // The launch shell: index.html with #ck-package.

  function readJson(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  function Shell(pkg) {
    this.pkg = pkg;
    this.frame = document.getElementById('ck-content');
    this.status = document.getElementById('ck-status');
    this.progress = document.getElementById('ck-progress');
    this.errors = [];
    this.ended = false;
    this.links = Array.prototype.slice.call(document.querySelectorAll('[data-ck-page]'));
    var base = document.baseURI;
    this.paths = pkg.pages.map(function (page) {
      return new URL(page.href, base).pathname;
    });
  }

  Shell.prototype.log = function (message) {
    this.errors.push(message);
    if (window.console) {
      console.warn('CourseKit: ' + message);
    }
  };

  Shell.prototype.connect = function () {
    var log = this.log.bind(this);
    var format = this.pkg.format;
    if (format === 'cmi5') {
      var launch = null;
      try {
        launch = cmi5Launch();
      } catch (e) {
        log('the cmi5 launch parameters are unreadable: ' + e.message);
      }
      return launch ? new Cmi5Connection(launch, log) : null;
    }
    var spec = format === 'scorm12' ? SCORM12 : SCORM2004;
    var api = findApi(spec.apiName);
    return api ? new ScormConnection(spec, api, log) : null;
  };

  Shell.prototype.start = function () {
    var self = this;
    var connection = this.connect();
    this.offline = !connection;
    this.connection = connection || new OfflineConnection();
    return this.connection.start().catch(function (e) {
      self.log('no tracking: ' + e.message);
      self.offline = true;
      self.connection = new OfflineConnection();
      return self.connection.start();
    }).then(function (launch) {
      var ctx = contextOf(self.pkg);
      var decoded = decode(launch.suspendData, ctx);
      if (decoded.dropped) {
        self.log('saved progress not used: ' + decoded.dropped);
      }
      self.tracker = new Tracker(self.pkg, self.connection, launch, decoded, self.log.bind(self));
      self.tracker.report(true);
      self.bind();
      self.render();
      var resumed = decoded.restored && (self.tracker.state.page > 0 || self.tracker.modulesDone() > 0);
      self.open(self.tracker.state.page, false);
      if (self.offline) {
        self.announce('This course is not connected to a learning system: your progress will not be saved.', true);
      } else if (resumed) {
        self.announce('Welcome back. You are where you left off.');
      }
      document.documentElement.setAttribute('data-ck-ready', self.offline ? 'offline' : 'tracking');
    });
  };

  /** Says something in the status bar; passing news (lasting false) clears after a while. */
  Shell.prototype.announce = function (text, lasting) {
    if (!this.status) {
      return;
    }
    var status = this.status;
    status.textContent = text;
    clearTimeout(this.announceTimer);
    if (!lasting && text) {
      this.announceTimer = setTimeout(function () { status.textContent = ''; }, 8000);
    }
  };

  /** The page with this id, else the first page of this kind ("overview", "assessment"). */
  Shell.prototype.pageIndex = function (id) {
    var pages = this.pkg.pages;
    for (var i = 0; i < pages.length; i++) {
      if (pages[i].id === id) {
        return i;
      }
    }
    for (var k = 0; k < pages.length; k++) {
      if (pages[k].kind === id) {
        return k;
      }
    }
    return -1;
  };

  Shell.prototype.pageOfUrl = function (href) {
    try {
      return this.paths.indexOf(new URL(href, document.baseURI).pathname);
    } catch (e) {
      return -1;
    }
  };

  Shell.prototype.moduleIndexOfPage = function (pageIndex) {
    var page = this.pkg.pages[pageIndex];
    if (!page || page.kind !== 'module') {
      return -1;
    }
    for (var i = 0; i < this.pkg.modules.length; i++) {
      if (this.pkg.modules[i].id === page.id) {
        return i;
      }
    }
    return -1;
  };

  /** Previous/next walk the overview, the modules and the assessment (the glossary is aside). */
  Shell.prototype.sequence = function () {
    return this.pkg.pages.map(function (p, i) { return i; }).filter(function (i) {
      return this.pkg.pages[i].kind !== 'glossary';
    }, this);
  };

  Shell.prototype.neighbour = function (step) {
    var order = this.sequence();
    var at = order.indexOf(this.tracker.state.page);
    var next = at < 0 ? (step > 0 ? 0 : -1) : at + step;
    return next >= 0 && next < order.length ? order[next] : -1;
  };

  Shell.prototype.open = function (index, focus) {
    var page = this.pkg.pages[index] || this.pkg.pages[0];
    if (!page) {
      return;
    }
    this.focusOnLoad = focus;
    this.frame.src = page.href;
  };

  Shell.prototype.go = function (target) {
    if (this.ended) {
      return;
    }
    var index = target === 'next' ? this.neighbour(1)
      : target === 'previous' ? this.neighbour(-1)
      : this.pageIndex(target);
    if (index >= 0) {
      this.open(index, true);
    }
  };

  Shell.prototype.bind = function () {
    var self = this;
    this.frame.addEventListener('load', function () {
      var href;
      try {
        href = self.frame.contentWindow.location.href;
      } catch (e) {
        return; // a page outside the package
      }
      var index = self.pageOfUrl(href);
      if (index < 0) {
        return;
      }
      self.tracker.showPage(index);
      self.render();
      if (self.focusOnLoad) {
        // Keyboard and screen reader users land at the start of the new page's content.
        var main = self.frame.contentDocument.getElementById('ck-main');
        (main || self.frame).focus();
      }
    });
    this.links.forEach(function (link) {
      link.addEventListener('click', function (event) {
        event.preventDefault();
        self.go(link.getAttribute('data-ck-page'));
        self.toggleMenu(false);
      });
    });
    document.querySelectorAll('[data-ck-go]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        self.go(button.getAttribute('data-ck-go'));
      });
    });
    var exit = document.querySelector('[data-ck-exit]');
    if (exit) {
      exit.hidden = this.offline;
      exit.addEventListener('click', function () {
        self.end(true);
      });
    }
    var menu = document.querySelector('.ck-shell-menu');
    if (menu) {
      menu.hidden = false;
      menu.addEventListener('click', function () {
        self.toggleMenu(menu.getAttribute('aria-expanded') !== 'true');
      });
    }
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden' && !self.ended) {
        self.tracker.report(true);
      }
    });
    window.addEventListener('pagehide', function () {
      self.end(false);
    });
    window.addEventListener('pageshow', function (event) {
      if (event.persisted && self.ended) {
        self.announce('This session has ended. Open the course again from your learning system.', true);
      }
    });
  };

  Shell.prototype.toggleMenu = function (open) {
    var menu = document.querySelector('.ck-shell-menu');
    if (menu) {
      menu.setAttribute('aria-expanded', open ? 'true' : 'false');
      document.body.classList.toggle('ck-menu-open', open);
    }
  };

  /** Ends the LMS session: on "Save and exit" (byLearner) or when the page goes away. */
  Shell.prototype.end = function (byLearner) {
    if (this.ended) {
      return Promise.resolve(true);
    }
    this.ended = true;
    var content = this.contentApi;
    if (content && content.flush) {
      content.flush();
    }
    this.tracker.report(false);
    var self = this;
    var done = this.connection.finish(this.tracker.view(), byLearner);
    if (byLearner) {
      document.body.classList.add('ck-ended');
      this.frame.src = 'about:blank';
      this.announce('Your progress is saved. You can close this window.', true);
      document.querySelectorAll('[data-ck-go], [data-ck-exit], [data-ck-page]').forEach(function (el) {
        el.setAttribute('aria-disabled', 'true');
        if (el.tagName === 'BUTTON') {
          el.disabled = true;
        }
      });
    }
    return done.then(function (ok) {
      document.documentElement.setAttribute('data-ck-ended', ok ? 'saved' : 'failed');
      return ok;
    }, function (e) {
      self.log('the session did not end cleanly: ' + e.message);
      return false;
    });
  };

  /** Marks the current page and each module's state in the contents list. */
  Shell.prototype.render = function () {
    var t = this.tracker;
    var self = this;
    this.links.forEach(function (link) {
      var index = self.pageIndex(link.getAttribute('data-ck-page'));
      if (index === t.state.page) {
        link.setAttribute('aria-current', 'page');
      } else {
        link.removeAttribute('aria-current');
      }
      var mark = link.querySelector('.ck-page-state');
      var module = self.moduleIndexOfPage(index);
      var text = '';
      if (module >= 0) {
        text = t.state.done[module] ? 'Done' : 'Not done yet';
        link.classList.toggle('is-done', t.state.done[module]);
      } else if (self.pkg.pages[index] && self.pkg.pages[index].kind === 'assessment') {
        var s = t.state.status;
        text = s === 'p' ? (t.masteryPercent !== null ? 'Passed' : 'Submitted')
          : s === 'f' ? 'Not passed yet' : s === 'i' ? 'In progress'
          : t.blocker() && t.blocker().reason === 'locked' ? 'Opens when all modules are done' : 'Not started';
        link.classList.toggle('is-done', s === 'p');
      }
      if (mark) {
        mark.textContent = text;
      }
    });
    if (this.progress) {
      this.progress.textContent = t.modulesDone() + ' of ' + this.pkg.modules.length + ' modules done';
    }
    var previous = document.querySelector('[data-ck-go="previous"]');
    var next = document.querySelector('[data-ck-go="next"]');
    if (previous) {
      previous.disabled = this.neighbour(-1) < 0;
    }
    if (next) {
      next.disabled = this.neighbour(1) < 0;
    }
  };

  /** What content pages call, through window.parent.CourseKit. */
  Shell.prototype.publicApi = function () {
    var self = this;
    var t = function () { return self.tracker; };
    return {
      version: VERSION,
      format: this.pkg.format,
      errors: function () { return self.errors.slice(); },
      view: function () { return t().view(); },
      go: function (target) { self.go(target); },
      /** The label and target of the step after the page at href, for the in-page "next" link. */
      nextStep: function (href) {
        var order = self.sequence();
        var at = order.indexOf(self.pageOfUrl(href));
        var next = at >= 0 && at + 1 < order.length ? self.pkg.pages[order[at + 1]] : null;
        return next ? { id: next.id, title: next.title, kind: next.kind } : null;
      },
      /** A content page's end came into view: a module page counts as done. */
      pageEndSeen: function (href) {
        var module = self.moduleIndexOfPage(self.pageOfUrl(href));
        if (module >= 0 && !self.ended && t().completeModule(module)) {
          self.render();
          self.announce('Module done: ' + self.pkg.modules[module].title);
        }
      },
      assessmentStatus: function () { return t().assessmentStatus(); },
      startAttempt: function () {
        var started = t().startAttempt();
        self.render();
        return started;
      },
      saveAttempt: function (answerList, elapsed, commit) {
        if (!self.ended) {
          t().saveAttempt(answerList, elapsed, commit);
        }
      },
      submitAttempt: function (result) {
        var outcome = self.ended ? null : t().submitAttempt(result);
        self.render();
        return outcome;
      },
      /** A content page registers a callback to save what it holds before the session ends. */
      attach: function (content) {
        self.contentApi = content;
      }
    };
  };

  // ---------------------------------------------------------------------------------------------
  // Content pages: module pages, the overview, the glossary, policies and assessment.html.

  function shellApi() {
    try {
      return window.parent !== window && window.parent.CourseKit ? window.parent.CourseKit : null;
    } catch (e) {
      return null;
    }
  }

  /** Links to the shell (index.html) go through the shell; links out of the package open a new tab. */
  function routeLinks(ck) {
    var root = new URL('index.html', new URL(document.querySelector('[data-ck-root]')
      ? document.querySelector('[data-ck-root]').getAttribute('data-ck-root')
      : './', document.baseURI)).pathname;
    document.querySelectorAll('a[href]').forEach(function (link) {
      var url;
      try {
        url = new URL(link.getAttribute('href'), document.baseURI);
      } catch (e) {
        return;
      }
      if (url.origin !== window.location.origin || !/^https?:|^file:/.test(url.protocol)) {
        link.target = '_blank';
        link.rel = 'noopener';
        return;
      }
      if (url.pathname !== root) {
        return;
      }
      var isNext = link.classList.contains('pager-next');
      var step = isNext ? ck.nextStep(window.location.href) : null;
      if (isNext && step) {
        var label = link.querySelector('.pager-label');
        var title = link.querySelector('.pager-title');
        if (label && title) {
          label.textContent = step.kind === 'assessment' ? 'Next' : 'Next page';
          title.textContent = step.title;
        }
      }
      link.addEventListener('click', function (event) {
        event.preventDefault();
        ck.go(step ? step.id : 'overview');
      });
    });
  }

  /** A page's end sentinel seen on screen means the learner reached the end of it. */
  function watchPageEnd(ck) {
    var end = document.querySelector('[data-ck-page-end]');
    if (!end) {
      return;
    }
    var report = function () { ck.pageEndSeen(window.location.href); };
    if (!('IntersectionObserver' in window)) {
      window.addEventListener('scroll', function onScroll() {
        if (end.getBoundingClientRect().top <= window.innerHeight) {
          window.removeEventListener('scroll', onScroll);
          report();
        }
      });
      return;
    }
    var observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) {
        observer.disconnect();
        report();
      }
    });
    observer.observe(end);
  }

  // The summative assessment page.

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === 'text') {
        node.textContent = attrs[name];
      } else if (name === 'html') {
        node.innerHTML = attrs[name];
      } else {
        node.setAttribute(name, attrs[name]);
      }
    });
    (children || []).forEach(function (child) {
      if (child) {
        node.appendChild(child);
      }
    });
    return node;
  }

  function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : many);
  }

  function clockText(seconds) {
    var s = Math.max(0, Math.floor(seconds));
    return Math.floor(s / 60) + ':' + pad(s % 60, 2);
  }

  /** What the learner must know when an in-person assessment completes the course result. */
  function inPersonText(inPerson) {
    var titles = inPerson.assessments.map(function (a) { return a.title; });
    var names = titles.length > 1
      ? titles.slice(0, -1).join(', ') + ' and ' + titles[titles.length - 1] : titles[0];
    var text = 'Also required: ' + names + ', taken in person, not here; the course team records ' +
      (titles.length > 1 ? 'their results' : 'its result') + '.' +
      ' Your scores add up, and your course result is decided once all are recorded';
    return text + (inPerson.passMark ? ' (pass mark: ' + inPerson.passMark + ').' : '.');
  }

  function formatPercent(p) {
    return (Math.round(p * 100) / 100) + '%';
  }

  function AssessmentPage(ck, data, root) {
    this.ck = ck;
    this.data = data;
    this.root = root;
    this.questions = [];
    this.timer = null;
  }

  AssessmentPage.prototype.show = function () {
    var status = this.ck.assessmentStatus();
    if (status.current) {
      this.attempt(status);
    } else {
      this.intro(status, null);
    }
  };

  AssessmentPage.prototype.replace = function (nodes) {
    this.root.textContent = '';
    var self = this;
    nodes.forEach(function (n) {
      if (n) {
        self.root.appendChild(n);
      }
    });
  };

  AssessmentPage.prototype.blockerText = function (blocker) {
    switch (blocker.reason) {
      case 'locked':
        return 'The assessment opens when all modules are done. ' +
          plural(blocker.modulesLeft, 'module is', 'modules are') + ' still to do.';
      case 'passed':
        return blocker.judged ? 'You have passed this assessment.' : 'You have taken this assessment.';
      case 'exhausted':
        return 'You have used all your attempts at this assessment.';
      case 'waiting':
        return 'You can take the assessment again from ' + blocker.retakeOn + '.';
      case 'next-session':
        return 'You can take the assessment again the next time you open the course.';
      case 'review':
        return 'The course is open for review: the assessment cannot be taken now.';
      default:
        return 'This course has no online assessment.';
    }
  };

  /** Before an attempt, or after one (outcome): rules, last result, and the start button. */
  AssessmentPage.prototype.intro = function (status, outcome) {
    var self = this;
    // The page header already gives the number of questions and the time limit.
    var facts = [];
    if (status.masteryPercent !== null) {
      facts.push('Pass mark ' + formatPercent(status.masteryPercent));
    }
    if (status.maxAttempts) {
      facts.push(plural(status.maxAttempts, 'attempt', 'attempts') + ' allowed, ' +
        status.attemptsSubmitted + ' used');
    }
    var nodes = [el('p', { 'class': 'ck-assessment-facts', text: facts.join(' · ') })];
    if (status.inPerson) {
      nodes.push(el('p', { 'class': 'ck-in-person', text: inPersonText(status.inPerson) }));
    }
    if (outcome) {
      nodes.push(this.resultPanel(outcome));
    } else if (status.lastScorePercent !== null) {
      nodes.push(el('p', { 'class': 'ck-assessment-last', text: 'Your last score: ' + formatPercent(status.lastScorePercent) + '.' }));
    }
    if (status.canStart) {
      var label = status.attemptsSubmitted > 0 ? 'Retake the assessment' : 'Start the assessment';
      var button = el('button', { type: 'button', 'class': 'quiz-check ck-start', text: label });
      button.addEventListener('click', function () {
        var current = self.ck.startAttempt();
        if (current) {
          self.attempt(self.ck.assessmentStatus());
        }
      });
      nodes.push(el('p', {}, [button]));
    } else if (status.blocker && !(outcome && status.blocker.reason === 'passed')) {
      nodes.push(el('p', { 'class': 'ck-assessment-blocked', text: this.blockerText(status.blocker) }));
    }
    this.replace(nodes);
    if (outcome) {
      this.root.querySelector('.ck-result').focus();
    }
  };

  AssessmentPage.prototype.resultPanel = function (outcome) {
    var lines = [];
    var headline = !outcome.judged ? 'Your answers are recorded.'
      : outcome.passed ? 'You passed.' : 'You did not pass this time.';
    lines.push(el('h2', { text: headline }));
    var score = 'Your score: ' + formatPercent(outcome.percent);
    if (outcome.masteryPercent !== null) {
      score += ' (pass mark ' + formatPercent(outcome.masteryPercent) + ').';
    }
    lines.push(el('p', { 'class': 'ck-score', text: score }));
    if (!outcome.passed && outcome.judged) {
      if (outcome.canRetake) {
        lines.push(el('p', { text: 'You can retake the assessment now. The questions will be drawn again.' }));
      } else if (outcome.blocker) {
        lines.push(el('p', { text: this.blockerText(outcome.blocker) }));
      }
    }
    return el('section', {
      'class': 'ck-result ' + (outcome.passed ? 'is-passed' : outcome.judged ? 'is-failed' : ''),
      tabindex: '-1',
      'aria-live': 'polite'
    }, lines);
  };

  /** Shows the questions of the attempt in progress, with its answers so far. */
  AssessmentPage.prototype.attempt = function (status) {
    var self = this;
    var data = this.data;
    var current = status.current;
    var order = drawItems(data, current.seed);
    this.items = order.map(function (index) { return data.items[index]; });
    this.elapsedBefore = current.elapsed;
    this.openedAt = clock();
    var form = el('form', { 'class': 'ck-questions', novalidate: '' });
    this.questions = this.items.map(function (item, i) {
      var question = self.question(item, i, self.items.length);
      question.set(decodeAnswer(item, current.answers[i] || ''));
      form.appendChild(question.node);
      return question;
    });
    var progress = el('p', { 'class': 'ck-answered', 'aria-live': 'polite' });
    var confirm = el('div', { 'class': 'ck-confirm', hidden: '' });
    var submit = el('button', { type: 'submit', 'class': 'quiz-check ck-submit', text: 'Submit answers' });
    form.appendChild(el('div', { 'class': 'ck-submit-row' }, [progress, submit, confirm]));
    var timerNode = data.timeLimitMinutes ? el('p', { 'class': 'ck-timer', role: 'timer', 'aria-live': 'off' }) : null;
    var intro = el('p', { 'class': 'ck-assessment-facts', text: 'Attempt ' + status.attemptsStarted +
      (status.maxAttempts ? ' of ' + status.maxAttempts : '') + ' · your answers are saved as you go.' });
    this.replace([intro, timerNode, form]);
    var updateCount = function () {
      var answered = self.questions.filter(function (q) { return q.get() !== null; }).length;
      progress.textContent = answered + ' of ' + self.questions.length + ' answered';
      return answered;
    };
    updateCount();
    var saveSoon = null;
    form.addEventListener('change', function () {
      updateCount();
      confirm.hidden = true;
      self.save(true);
    });
    form.addEventListener('input', function () {
      updateCount();
      clearTimeout(saveSoon);
      saveSoon = setTimeout(function () { self.save(true); }, 1500);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var missing = self.questions.length - updateCount();
      if (missing > 0 && confirm.hidden) {
        confirm.textContent = '';
        confirm.appendChild(el('p', { text: plural(missing, 'question is', 'questions are') +
          ' not answered; an unanswered question scores no points. Submit anyway?' }));
        var yes = el('button', { type: 'button', 'class': 'quiz-check ck-confirm-submit', text: 'Submit anyway' });
        yes.addEventListener('click', function () { self.submit(false); });
        confirm.appendChild(yes);
        confirm.hidden = false;
        yes.focus();
        return;
      }
      self.submit(false);
    });
    if (timerNode) {
      var limit = data.timeLimitMinutes * 60;
      var warned = false;
      var tick = function () {
        var left = limit - self.elapsed();
        timerNode.textContent = 'Time left: ' + clockText(left);
        if (left <= 300 && !warned) {
          warned = true;
          timerNode.setAttribute('aria-live', 'assertive');
          timerNode.textContent = 'Five minutes left: ' + clockText(left);
        }
        if (left <= 0) {
          self.submit(true);
        }
      };
      tick();
      this.timer = setInterval(tick, 1000);
    }
    this.autosave = setInterval(function () { self.save(false); }, 15000);
    this.ck.attach({ flush: function () { self.save(false); } });
    var first = form.querySelector('input, select');
    if (first && !status.current.answers.length) {
      intro.setAttribute('tabindex', '-1');
      intro.focus();
    }
  };

  AssessmentPage.prototype.elapsed = function () {
    return this.elapsedBefore + (clock() - this.openedAt);
  };

  AssessmentPage.prototype.encoded = function () {
    var items = this.items;
    return this.questions.map(function (q, i) { return encodeAnswer(items[i], q.get()); });
  };

  AssessmentPage.prototype.save = function (commit) {
    if (this.questions.length) {
      this.ck.saveAttempt(this.encoded(), this.elapsed(), commit);
    }
  };

  AssessmentPage.prototype.submit = function (timeUp) {
    if (!this.questions.length) {
      return;
    }
    clearInterval(this.timer);
    clearInterval(this.autosave);
    var items = this.items;
    var values = this.questions.map(function (q) { return q.get(); });
    var scored = scoreAttempt(items, values);
    var result = {
      answers: this.encoded(),
      elapsed: this.elapsed(),
      points: scored.points,
      max: scored.max,
      objectives: scored.objectives,
      interactions: items.map(function (item, i) { return interaction(item, values[i], scored.results[i]); })
    };
    this.questions = [];
    this.ck.attach(null);
    var outcome = this.ck.submitAttempt(result);
    var status = this.ck.assessmentStatus();
    if (timeUp && outcome) {
      outcome.timeUp = true;
    }
    this.intro(status, outcome);
    if (timeUp) {
      this.root.insertBefore(el('p', { 'class': 'ck-time-up', text: 'Time is up: your answers were submitted.' }), this.root.firstChild);
    }
  };

  /** One question of the attempt: its markup, and get()/set() of the learner's answer. */
  AssessmentPage.prototype.question = function (item, index, count) {
    var id = 'ck-q' + (index + 1);
    var node = el('div', { 'class': 'quiz ck-question quiz-' + item.type, id: id, 'data-item-id': item.id });
    var legend = el('legend', {}, [el('span', { 'class': 'quiz-label', text: 'Question ' + (index + 1) + ' of ' + count })]);
    var fieldset = el('fieldset', { 'aria-describedby': id + '-stem' }, [
      legend,
      el('div', { 'class': 'quiz-stem', id: id + '-stem', html: item.stemHtml })
    ]);
    node.appendChild(fieldset);
    var get;
    var set;
    if (item.type === 'single' || item.type === 'multiple') {
      var single = item.type === 'single';
      fieldset.appendChild(el('p', { 'class': 'quiz-instruction', text: single ? 'Choose one answer.' : 'Choose all answers that apply.' }));
      var list = el('ul', { 'class': 'quiz-options', role: 'list' });
      var inputs = item.options.map(function (option, k) {
        var input = el('input', { type: single ? 'radio' : 'checkbox', id: id + '-o' + k, name: id, value: String(k) });
        list.appendChild(el('li', { 'class': 'quiz-option' }, [input, el('label', { 'for': input.id, html: option.html })]));
        return input;
      });
      fieldset.appendChild(list);
      get = function () {
        var chosen = inputs.filter(function (i) { return i.checked; }).map(function (i) { return Number(i.value); });
        return chosen.length ? (single ? chosen[0] : chosen) : null;
      };
      set = function (v) {
        inputs.forEach(function (input, k) {
          input.checked = v !== null && (single ? v === k : v.indexOf(k) >= 0);
        });
      };
    } else if (item.type === 'numeric' || item.type === 'short') {
      fieldset.appendChild(el('p', { 'class': 'quiz-instruction', text: item.type === 'numeric' ? 'Type a number.' : 'Type your answer.' }));
      var input = el('input', {
        type: 'text', id: id + '-answer', name: id, autocomplete: 'off', spellcheck: 'false',
        maxlength: String(TEXT_LIMITS[item.type])
      });
      if (item.type === 'numeric') {
        input.setAttribute('inputmode', 'decimal');
      }
      fieldset.appendChild(el('div', { 'class': 'quiz-answer' }, [el('label', { 'for': input.id, text: 'Your answer' }), input]));
      get = function () { return input.value.trim() === '' ? null : input.value; };
      set = function (v) { input.value = v === null ? '' : v; };
    } else if (item.type === 'matching') {
      fieldset.appendChild(el('p', { 'class': 'quiz-instruction', text: 'Choose the match for each item.' }));
      var selects = item.rows.map(function (row, r) {
        var select = el('select', { id: id + '-r' + r, name: id + '-r' + r }, [el('option', { value: '', text: 'Choose…' })]);
        item.choices.forEach(function (choice, c) {
          select.appendChild(el('option', { value: String(c), text: choice }));
        });
        fieldset.appendChild(el('div', { 'class': 'quiz-match-row' }, [el('label', { 'for': select.id, html: row.html }), select]));
        return select;
      });
      get = function () {
        var values = selects.map(function (s) { return s.value === '' ? -1 : Number(s.value); });
        return values.every(function (v) { return v < 0; }) ? null : values;
      };
      set = function (v) {
        selects.forEach(function (s, r) { s.value = v !== null && v[r] >= 0 ? String(v[r]) : ''; });
      };
    } else {
      get = function () { return null; };
      set = function () {};
    }
    return { node: node, get: get, set: set };
  };

  var LETTERS = 'abcdefghijklmnopqrstuvwxyz';

  /** The question as an interaction record, in both SCORM versions' response formats. */
  function interaction(item, value, correct) {
    var key = item.key || {};
    var stem = el('div', { html: item.stemHtml }).textContent.replace(/\s+/g, ' ').trim();
    var x = {
      id: item.id,
      objectives: item.objectives,
      weighting: Number(item.points) || 0,
      correct: correct,
      description: stem.slice(0, 250),
      type: 'other',
      response12: null,
      response2004: null,
      patterns12: [],
      patterns2004: []
    };
    var answered = value !== null && value !== undefined;
    switch (item.type) {
      case 'single':
      case 'multiple': {
        x.type = 'choice';
        var chosen = answered ? (item.type === 'single' ? [value] : value) : [];
        x.response12 = answered ? chosen.map(function (k) { return LETTERS.charAt(k); }).join(',') : null;
        x.response2004 = answered ? chosen.map(function (k) { return 'o' + k; }).join('[,]') : null;
        x.patterns12 = [(key.correct || []).map(function (k) { return LETTERS.charAt(k); }).join(',')];
        x.patterns2004 = [(key.correct || []).map(function (k) { return 'o' + k; }).join('[,]')];
        break;
      }
      case 'numeric': {
        x.type = 'numeric';
        var number = answered ? answers().parseNumber(value) : NaN;
        x.response12 = isNaN(number) ? null : String(number);
        x.response2004 = x.response12;
        var target = parseFloat(key.value);
        var tolerance = parseFloat(key.tolerance || '0');
        x.patterns12 = [String(key.value)];
        x.patterns2004 = [numberText(target - tolerance) + '[:]' + numberText(target + tolerance)];
        break;
      }
      case 'short':
        x.type = 'fill-in';
        x.response12 = answered ? String(value).slice(0, 255) : null;
        x.response2004 = answered ? String(value).slice(0, 250) : null;
        x.patterns12 = (key.accept || []).slice(0, 1).map(function (a) { return a.slice(0, 255); });
        x.patterns2004 = (key.accept || []).slice(0, 5).map(function (a) {
          return '{case_matters=false}' + a.slice(0, 250);
        });
        break;
      case 'matching': {
        x.type = 'matching';
        var pairs12 = function (list) {
          return list.map(function (c, r) { return c < 0 ? null : (r % 10) + '.' + LETTERS.charAt(c); })
            .filter(Boolean).join(',');
        };
        var pairs2004 = function (list) {
          return list.map(function (c, r) { return c < 0 ? null : 'r' + r + '[.]c' + c; }).filter(Boolean).join('[,]');
        };
        x.response12 = answered ? pairs12(value) : null;
        x.response2004 = answered ? pairs2004(value) : null;
        x.patterns12 = [pairs12(key.answers || [])];
        x.patterns2004 = [pairs2004(key.answers || [])];
        break;
      }
      default:
        break;
    }
    return x;
  }

  // ---------------------------------------------------------------------------------------------
  // Start-up: which page is this?

  function onReady(fn) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', fn);
    } else {
      fn();
    }
  }

  onReady(function () {
    var pkg = readJson('ck-package');
    if (pkg) {
      var shell = new Shell(pkg);
      window.CourseKit = shell.publicApi();
      shell.start().catch(function (e) {
        shell.log('the course could not start: ' + e.message);
        shell.announce('The course could not start: ' + e.message, true);
      });
      return;
    }
    var ck = shellApi();
    if (!ck) {
      var app = document.getElementById('ck-assessment-app');
      if (app) {
        app.textContent = 'Open the course from its start page to take the assessment.';
      }
      return;
    }
    document.documentElement.classList.add('ck-in-shell');
    routeLinks(ck);
    watchPageEnd(ck);
    var data = readJson('ck-assessment');
    var root = document.getElementById('ck-assessment-app');
    if (data && root) {
      var page = new AssessmentPage(ck, data, root);
      window.addEventListener('pagehide', function () { page.save(true); });
      page.show();
    }
  });
})();
