package org.coursekit.rules.builtin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.coursekit.diag.SourceRef;
import org.coursekit.model.Course;
import org.coursekit.model.CourseConfig;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Objective;
import org.coursekit.model.Outcome;
import org.coursekit.model.Program;
import org.coursekit.yaml.YamlList;
import org.coursekit.yaml.YamlMap;
import org.coursekit.yaml.YamlNode;
import org.coursekit.yaml.YamlScalar;

/**
 * Finds misleading credential claims in text (DSC-002): statements that holders become certified,
 * licensed or registered, that the program is a certification, that it is accredited (allowed only
 * with an active accreditation covering the program), or that holders may use a designation
 * (allowed only with {@code certificate.designation}). It looks for claims, not words: "biosafety
 * cabinet field certification", a standard's title and "It is not a certification or licence" are
 * not claims, and a negation just before a match ("you will not be certified") cancels it.
 *
 * <p>Used by the DSC-002 rule on the sources and by the site build on the rendered pages, with the
 * same options from coursekit.yml: {@code claim_patterns} (more regular expressions that count as
 * claims) and {@code allowed_phrases} (texts that never do, e.g. a standard's title).
 */
public final class CredentialClaims {

  /** The rule whose options configure the scanner. */
  public static final String RULE = "DSC-002";

  static final String PATTERNS_OPTION = "claim_patterns";
  static final String ALLOWED_OPTION = "allowed_phrases";

  /** What a claim says. */
  public enum Kind {
    /** Holders become certified, licensed or registered, or the program is a certification. */
    CREDENTIAL,
    /** The program is accredited. */
    ACCREDITATION,
    /** Holders may put a designation after their name. */
    DESIGNATION,
    /** A text matching one of the course's own {@code claim_patterns}. */
    CONFIGURED
  }

  /** One claim: its kind and where it is in the scanned text. */
  public record Claim(Kind kind, String text, int start, int end) {}

  /** A claim in a course source file, with its position there. */
  public record Located(Claim claim, SourceRef at) {}

  private record KindPattern(Kind kind, Pattern pattern) {}

  // The built-in patterns match English words only, so ASCII case folding is enough (and fast).
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final int CONFIGURED_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  // "Registered" alone usually means enrolled; only "registered as/to practise" is a claim.
  private static final String CREDENTIAL =
      "(?:certified|licensed|licenced|accredited|registered(?=\\s+(?:as|to\\s+practi[cs]e)\\b))";
  private static final String LEARNER =
      "(?:you|learners?|participants?|graduates?|(?:certificate\\s+)?holders?|completers?"
          + "|students?|trainees?|candidates?)";
  private static final List<KindPattern> BUILT_IN =
      List.of(
          // "you will be certified", "graduates who pass are licensed"
          credential(
              "\\b"
                  + LEARNER
                  + "\\b(?:\\s+[\\w'’-]+){0,4}?\\s+(?:be|become|becomes|becoming|are|is|get|gets"
                  + "|getting)\\s+(?:(?:a|an|fully|officially|formally|nationally|now|then|also)"
                  + "\\s+)*"
                  + CREDENTIAL
                  + "\\b"),
          // "Become a certified cleanroom operator"
          credential(
              "\\b(?:become|becomes|becoming)\\s+(?:(?:a|an|fully|officially|formally|nationally)"
                  + "\\s+)*"
                  + CREDENTIAL
                  + "\\b"),
          // "qualifies you as licensed"
          credential(
              "\\b(?:makes?|qualif(?:y|ies))\\s+(?:you|learners?|holders?|participants?"
                  + "|graduates?)\\s+(?:(?:as|to\\s+be|a|an|fully)\\s+)*"
                  + CREDENTIAL
                  + "\\b"),
          // "certified cleanroom operator" as a title for holders
          credential(
              "\\bcertified\\s+(?:[\\w-]+\\s+){0,2}?(?:operators?|technicians?|technologists?"
                  + "|specialists?|professionals?|practitioners?|handlers?|associates?|experts?)"
                  + "\\b"),
          // "earn your certification", "receive a licence"
          credential(
              "\\b(?:earn|earns|earning|receive|receives|obtain|obtains|gain|gains|achieve"
                  + "|achieves)\\s+(?:(?:a|an|the|your|their|full|professional|official)\\s+)*"
                  + "(?:certification|licen[cs]e|licensure)\\b"),
          // "this certification"
          credential(
              "\\bthis\\s+(?:(?:online|professional|official|program|programme|course|training)"
                  + "\\s+)?certification\\b"),
          // "certification program", "licensure exam"
          credential(
              "\\b(?:certification|licensure)\\s+(?:program|programme|course|training|exam"
                  + "|examination)s?\\b"),
          // "this course is a certification"
          credential(
              "\\b(?:this|the|our)\\s+(?:[\\w-]+\\s+){0,2}?(?:program|programme|course|certificate"
                  + "|training)\\s+(?:is|serves\\s+as)\\s+an?\\s+(?:(?:professional|personnel"
                  + "|official)\\s+)?(?:certification|licen[cs]e)\\b"),
          // "This certificate program is accredited", "an ANAB-accredited course"
          new KindPattern(
              Kind.ACCREDITATION,
              Pattern.compile(
                  "\\b(?:this|the|our)\\s+(?:[\\w-]+\\s+){0,3}?(?:program|programme|course"
                      + "|certificate)\\s+(?:is|has\\s+been)\\s+(?:(?:fully|officially|now)\\s+)?"
                      + "accredited\\b",
                  FLAGS)),
          new KindPattern(
              Kind.ACCREDITATION,
              Pattern.compile(
                  "\\b(?:an?|this|our)\\s+(?:[\\w-]+-)?accredited\\s+(?:[\\w-]+\\s+)?(?:program"
                      + "|programme|course|certificate)\\b",
                  FLAGS)),
          // "post-nominal letters", "letters after your name", "use the designation"
          new KindPattern(
              Kind.DESIGNATION,
              Pattern.compile(
                  "\\bpost-?\\s?nominals?\\b|\\b(?:letters|initials)\\s+after\\s+(?:your|their"
                      + "|his|her)\\s+names?\\b|\\b(?:use|earn|hold|display)\\s+the\\s+(?:[\\w-]+"
                      + "\\s+)?designation\\b",
                  FLAGS)));

  /** A negation close before a match turns it into the opposite of a claim. */
  private static final Pattern NEGATION =
      Pattern.compile(
          "\\b(?:not|never|no|nor|neither|unlike|without|cannot)\\b|n['’]t\\b|\\brather\\s+than\\b"
              + "|\\binstead\\s+of\\b|\\b(?:distinct|different)\\s+from\\b",
          FLAGS);

  private static final int NEGATION_REACH = 20;

  /**
   * Every built-in claim contains one of these word starts; the patterns run only near them, so a
   * long text without them costs a few quick searches.
   */
  private static final List<String> TRIGGERS =
      List.of(
          "certif",
          "licen",
          // Not "regist": "register" is common and only "registered as/to practise" is a claim.
          "registered",
          "accredit",
          "designation",
          "nominal",
          "letters",
          "initials");

  /** How far before and after a trigger word a built-in claim can reach. */
  private static final int REACH_BEFORE = 160;

  private static final int REACH_AFTER = 80;

  private final List<KindPattern> patterns;
  private final List<Pattern> allowedPhrases;
  private final boolean accreditationBacked;
  private final boolean designationDeclared;
  private final String programId;

  private CredentialClaims(
      Program program, List<Pattern> configured, List<Pattern> allowedPhrases) {
    List<KindPattern> all = new ArrayList<>(BUILT_IN);
    configured.forEach(p -> all.add(new KindPattern(Kind.CONFIGURED, p)));
    this.patterns = List.copyOf(all);
    this.allowedPhrases = List.copyOf(allowedPhrases);
    Program.Accreditation accreditation = program == null ? null : program.accreditation();
    this.programId = program == null ? null : program.id();
    this.accreditationBacked =
        accreditation != null
            && "active".equals(accreditation.status())
            && accreditation.scope().contains(programId);
    this.designationDeclared =
        program != null
            && program.certificate() != null
            && !YamlPaths.blank(program.certificate().designation());
  }

  private static KindPattern credential(String regex) {
    return new KindPattern(Kind.CREDENTIAL, Pattern.compile(regex, FLAGS));
  }

  /**
   * The scanner for {@code course}, with DSC-002's options from its coursekit.yml. Patterns that
   * are not valid regular expressions are skipped here; the DSC-002 rule reports them.
   */
  public static CredentialClaims of(Course course) {
    CourseConfig config = course.config() == null ? CourseConfig.DEFAULTS : course.config();
    YamlMap options =
        config.rules().stream()
            .filter(setting -> RULE.equals(setting.rule()) && setting.options() != null)
            .map(CourseConfig.RuleSetting::options)
            .findFirst()
            .orElse(new YamlMap(List.of(), SourceRef.startOf("coursekit.yml")));
    return of(course.program(), options, (node, problem) -> {});
  }

  /**
   * The scanner for {@code program} with the given DSC-002 options.
   *
   * @param invalid receives each {@code claim_patterns} entry that is not a valid regular
   *     expression, with the reason
   */
  static CredentialClaims of(
      Program program, YamlMap options, BiConsumer<YamlScalar, String> invalid) {
    List<Pattern> configured = new ArrayList<>();
    for (YamlScalar entry : texts(options, PATTERNS_OPTION)) {
      try {
        configured.add(Pattern.compile(entry.text(), CONFIGURED_FLAGS));
      } catch (PatternSyntaxException e) {
        invalid.accept(entry, e.getDescription());
      }
    }
    List<Pattern> allowed =
        texts(options, ALLOWED_OPTION).stream()
            .filter(entry -> !entry.text().isBlank())
            .map(entry -> Pattern.compile(Pattern.quote(entry.text().strip()), CONFIGURED_FLAGS))
            .toList();
    return new CredentialClaims(program, configured, allowed);
  }

  private static List<YamlScalar> texts(YamlMap options, String key) {
    YamlNode node = options.get(key).orElse(null);
    List<YamlScalar> texts = new ArrayList<>();
    if (node instanceof YamlScalar scalar && !scalar.isNull()) {
      texts.add(scalar);
    } else if (node instanceof YamlList list) {
      for (YamlNode item : list.items()) {
        if (item instanceof YamlScalar scalar && !scalar.isNull()) {
          texts.add(scalar);
        }
      }
    }
    return texts;
  }

  /** The claims in {@code text} that the program cannot make, in text order, never overlapping. */
  public List<Claim> in(String text) {
    String searched = masked(text);
    List<Claim> claims = new ArrayList<>();
    List<int[]> windows = windows(searched);
    for (KindPattern kindPattern : patterns) {
      if (allowed(kindPattern.kind())) {
        continue;
      }
      Matcher matcher = kindPattern.pattern().matcher(searched);
      // Keep \b and look-arounds working at window edges.
      matcher.useTransparentBounds(true).useAnchoringBounds(false);
      if (kindPattern.kind() == Kind.CONFIGURED) {
        find(matcher, kindPattern.kind(), text, searched, claims);
      } else {
        for (int[] window : windows) {
          matcher.region(window[0], window[1]);
          find(matcher, kindPattern.kind(), text, searched, claims);
        }
      }
    }
    claims.sort(
        Comparator.comparingInt(Claim::start)
            .thenComparing(Comparator.comparingInt(Claim::end).reversed()));
    List<Claim> separate = new ArrayList<>();
    int reached = -1;
    for (Claim claim : claims) {
      if (claim.start() >= reached) {
        separate.add(claim);
        reached = claim.end();
      }
    }
    return separate;
  }

  /**
   * Every claim in the texts of {@code course} that learners read: the program's title, purpose,
   * outcomes and certificate disclaimer, and each module's title, objectives and body.
   */
  public List<Located> inSources(Course course) {
    List<Located> found = new ArrayList<>();
    Program program = course.program();
    if (program != null) {
      YamlMap source = program.source();
      scalar(program.title(), source.positionOf("title"), found);
      scalar(program.purpose(), source.positionOf("purpose"), found);
      for (Outcome outcome : program.outcomes()) {
        scalar(outcome.text(), outcome.source().positionOf("text"), found);
      }
      if (program.certificate() != null) {
        scalar(
            program.certificate().disclaimer(),
            YamlPaths.at(source, "certificate.disclaimer"),
            found);
      }
    }
    for (CourseModule module : course.modules()) {
      scalar(module.title(), module.source().positionOf("title"), found);
      for (Objective objective : module.objectives()) {
        scalar(objective.text(), objective.source().positionOf("text"), found);
      }
      if (module.body() != null) {
        for (Claim claim : in(module.body())) {
          found.add(new Located(claim, bodyPosition(module, claim.start())));
        }
      }
    }
    return found;
  }

  /**
   * What is wrong with {@code claim} and how to fix it, as the rest of a sentence that starts with
   * the quoted claim: "\"you will be certified\" says or implies that…".
   */
  public String explain(Claim claim) {
    return switch (claim.kind()) {
      case CREDENTIAL ->
          "says or implies that certificate holders become certified, licensed or registered, or"
              + " that the program is a certification. A certificate program documents training"
              + " and a passed assessment and must not claim more (E2659-09 5.2.4.2(1); E2659-18"
              + " 4.1.3). Reword it, e.g. \"you will earn a certificate\" or \"this certificate"
              + " program\"; if it is a technical term, add it to DSC-002's `"
              + ALLOWED_OPTION
              + "` in coursekit.yml.";
      case ACCREDITATION ->
          "claims that the program is accredited, but program.yml declares no active"
              + " accreditation that covers `"
              + programId
              + "`. An accreditation claim must be true for this program (E2659-09 5.2.4.2(1))."
              + " Remove it, or declare the accreditation once granted, e.g. `accreditation: {"
              + " body: ANAB, standard: ASTM E2659-18, status: active, scope: ["
              + programId
              + "] }`.";
      case DESIGNATION ->
          "offers holders a designation (letters after their name), but `certificate.designation`"
              + " is not declared. A designation may be used only as the program defines it"
              + " (Rops on E2659 designations). Declare it, e.g. `designation: CPH-T`, or remove"
              + " the text.";
      case CONFIGURED ->
          "matches a claim pattern set for DSC-002 in coursekit.yml (`"
              + PATTERNS_OPTION
              + "`). Reword it so it does not claim more than a certificate of training and a"
              + " passed assessment.";
    };
  }

  private static void find(
      Matcher matcher, Kind kind, String text, String searched, List<Claim> claims) {
    while (matcher.find()) {
      if (matcher.end() > matcher.start() && !negated(searched, matcher.start(), matcher.end())) {
        claims.add(
            new Claim(
                kind,
                text.substring(matcher.start(), matcher.end()),
                matcher.start(),
                matcher.end()));
      }
    }
  }

  /** The stretches of {@code text} around trigger words, merged where they overlap. */
  private static List<int[]> windows(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.length() != text.length()) {
      // Case folding changed the length (rare letters), so offsets differ: search everything.
      return List.of(new int[] {0, text.length()});
    }
    List<Integer> hits = new ArrayList<>();
    for (String trigger : TRIGGERS) {
      for (int at = lower.indexOf(trigger); at >= 0; at = lower.indexOf(trigger, at + 1)) {
        hits.add(at);
      }
    }
    hits.sort(null);
    List<int[]> windows = new ArrayList<>();
    for (int hit : hits) {
      int start = Math.max(0, hit - REACH_BEFORE);
      int end = Math.min(text.length(), hit + REACH_AFTER);
      int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
      if (last != null && start <= last[1]) {
        last[1] = Math.max(last[1], end);
      } else {
        windows.add(new int[] {start, end});
      }
    }
    return windows;
  }

  private boolean allowed(Kind kind) {
    return switch (kind) {
      case ACCREDITATION -> accreditationBacked;
      case DESIGNATION -> designationDeclared;
      default -> false;
    };
  }

  /** The text with Markdown emphasis marks and allowed phrases blanked out, offsets unchanged. */
  private String masked(String text) {
    StringBuilder masked = new StringBuilder(text);
    for (int i = 0; i < masked.length(); i++) {
      char c = masked.charAt(i);
      if (c == '*' || c == '_' || c == '`') {
        masked.setCharAt(i, ' ');
      }
    }
    for (Pattern phrase : allowedPhrases) {
      Matcher matcher = phrase.matcher(text);
      while (matcher.find()) {
        for (int i = matcher.start(); i < matcher.end(); i++) {
          masked.setCharAt(i, ' ');
        }
      }
    }
    return masked.toString();
  }

  /** A negation in the match or shortly before it, within the same sentence. */
  private static boolean negated(String text, int start, int end) {
    int from = Math.max(0, start - NEGATION_REACH);
    for (int i = start - 1; i >= from; i--) {
      char c = text.charAt(i);
      boolean sentenceEnd =
          (c == '.' || c == '!' || c == '?' || c == ';')
              && Character.isWhitespace(text.charAt(i + 1));
      if (sentenceEnd || (c == '\n' && i > 0 && text.charAt(i - 1) == '\n')) {
        from = i + 1;
        break;
      }
    }
    return NEGATION.matcher(text).useTransparentBounds(true).region(from, end).find();
  }

  private void scalar(String text, SourceRef at, List<Located> found) {
    if (text != null) {
      in(text).forEach(claim -> found.add(new Located(claim, at)));
    }
  }

  private static SourceRef bodyPosition(CourseModule module, int offset) {
    String body = module.body();
    int line = module.bodyLine();
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (body.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourceRef(module.file(), line, offset - lineStart + 1);
  }
}
