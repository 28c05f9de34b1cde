// coursekit:diff classified the release, printed the LMS advice and wrote both change reports.
def log = new File(basedir, 'build.log').text
assert !log.contains('BUILD FAILURE')
assert log.contains('[REL-003]')
assert log =~ /coursekit: change report .*changes\.md/

def reports = new File(basedir, 'target/coursekit/reports')
def markdown = new File(reports, 'changes.md').text
assert markdown.contains('**Classification: tracking-breaking.**')
assert markdown.contains('objective `LO-M01-1` reworded')
assert markdown.contains('<ins>chain-of-identity')
assert markdown.contains('Publish this release as a new activity')

def html = new File(reports, 'changes.html').text
assert html.contains('<ins>')
assert !html.contains('<script')
return true
