// The build must fail on the unresolved reference and print it with its exact position.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('modules/m01-intro.md:9:16: error [GEN-001]')
assert log.contains('modules/m01-intro.md:10:1: warning [FMT-004]')
assert log.contains('Did you mean `title`?')

def report = new File(basedir, 'target/coursekit/reports/findings.json')
assert report.isFile()
def json = new groovy.json.JsonSlurper().parse(report)
def gen = json.findings.find { it.rule == 'GEN-001' }
assert gen.severity == 'error'
assert gen.file == 'modules/m01-intro.md'
assert gen.line == 9
assert gen.column == 16
return true
