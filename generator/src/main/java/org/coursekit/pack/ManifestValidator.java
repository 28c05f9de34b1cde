package org.coursekit.pack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks a package's manifest against the official schemas kept on the class path (see {@code
 * xsd/NOTICE.md}): {@code imsmanifest.xml} of SCORM 1.2 and 2004 4th edition, {@code cmi5.xml}
 * against the cmi5 course structure. No network access: schemas may only load other files of the
 * same folder. Also checks what the schemas cannot say, such as the SCORM 1.2 mastery score range.
 * Immutable and thread-safe; compiling the schemas is the expensive part, so keep one instance.
 */
public final class ManifestValidator {

  static final String XSD = "org/coursekit/pack/xsd/";

  private static final String ADLCP_12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2";

  private final Map<PackageFormat, Schema> schemas = new EnumMap<>(PackageFormat.class);

  public ManifestValidator() {
    // SCORM 1.2: Xerces refuses ims_xml.xsd (it binds the xml prefix), so the W3C xml.xsd is loaded
    // first and the import of ims_xml.xsd is skipped; imsmd is left out (it breaks UPA in Xerces).
    schemas.put(
        PackageFormat.SCORM12,
        compile(
            "scorm2004-4th/xml.xsd", "scorm12/imscp_rootv1p1p2.xsd", "scorm12/adlcp_rootv1p2.xsd"));
    // SCORM 2004: the driver imports every extension schema, so adlcp/imsss/adlnav elements are
    // checked strictly instead of being skipped by imscp's lax wildcards.
    schemas.put(PackageFormat.SCORM2004, compile("drivers/scorm2004-4th-manifest.xsd"));
    schemas.put(PackageFormat.CMI5, compile("cmi5/CourseStructure.xsd"));
  }

  /**
   * The problems of {@code xml} as a manifest of {@code format}, each as {@code line:column:
   * message}; empty when it is valid.
   */
  public List<String> validate(PackageFormat format, byte[] xml) {
    List<String> problems = new ArrayList<>();
    Validator validator = schemas.get(format).newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(new Collector(problems));
      validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (SAXParseException e) {
      // A fatal error reaches the handler and is then thrown: report it once.
      if (!problems.contains(describe(e))) {
        problems.add(describe(e));
      }
    } catch (SAXException | IOException e) {
      problems.add("1:1: " + e.getMessage());
    }
    if (format == PackageFormat.SCORM12 && problems.isEmpty()) {
      checkMasteryScores(xml, problems);
    }
    return problems;
  }

  /** The XSD types {@code adlcp:masteryscore} as any string; SCORM 1.2 requires 0 to 100. */
  private static void checkMasteryScores(byte[] xml, List<String> problems) {
    Document document;
    try {
      document = parse(xml);
    } catch (SAXException | IOException e) {
      problems.add("1:1: " + e.getMessage());
      return;
    }
    NodeList scores = document.getElementsByTagNameNS(ADLCP_12, "masteryscore");
    for (int i = 0; i < scores.getLength(); i++) {
      String text = scores.item(i).getTextContent().strip();
      boolean valid;
      try {
        BigDecimal value = new BigDecimal(text);
        valid = value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
      } catch (NumberFormatException e) {
        valid = false;
      }
      if (!valid) {
        problems.add("adlcp:masteryscore must be a number from 0 to 100; found '" + text + "'");
      }
    }
  }

  private static Document parse(byte[] xml) throws SAXException, IOException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser lacks a standard feature", e);
    }
  }

  private static Schema compile(String... files) {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    try {
      // Only the schema files next to each other, on the class path (file: or jar:), may load.
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file,jar:file");
      List<Source> sources = new ArrayList<>();
      for (String file : files) {
        sources.add(new StreamSource(resource(file).toExternalForm()));
      }
      return factory.newSchema(sources.toArray(Source[]::new));
    } catch (SAXException e) {
      throw new IllegalStateException("The bundled conformance schemas do not compile", e);
    }
  }

  static URL resource(String file) {
    URL url = ManifestValidator.class.getClassLoader().getResource(XSD + file);
    if (url == null) {
      throw new IllegalStateException("Missing bundled schema " + XSD + file);
    }
    return url;
  }

  private static String describe(SAXParseException e) {
    return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
  }

  /** Collects every error instead of stopping at the first. */
  private record Collector(List<String> problems) implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) {
      problems.add(describe(e));
    }

    @Override
    public void fatalError(SAXParseException e) {
      problems.add(describe(e));
    }
  }
}
