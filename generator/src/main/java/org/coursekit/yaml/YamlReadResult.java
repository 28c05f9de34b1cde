package org.coursekit.yaml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.coursekit.diag.Finding;

/**
 * What {@link YamlReader} made of one YAML text: the positioned tree, if the text could be read,
 * and the findings about its syntax (FMT-002) and keys (FMT-003).
 *
 * @param root empty when the text is empty or has a syntax error
 */
public record YamlReadResult(Optional<YamlNode> root, List<Finding> findings) {
  public YamlReadResult {
    Objects.requireNonNull(root, "root");
    findings = List.copyOf(findings);
  }
}
