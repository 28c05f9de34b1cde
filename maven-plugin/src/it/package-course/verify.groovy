// coursekit:package wrote the chosen formats, printed their sizes, and install put them in the
// local repository with the format as classifier.
def log = new File(basedir, 'build.log').text
assert !log.contains('BUILD FAILURE')
assert log =~ /coursekit: package .*it-package-1\.2\.0-scorm12\.zip \(\d+ KB\)/
assert log =~ /coursekit: package .*it-package-1\.2\.0-cmi5\.zip \(\d+ KB\)/

def packages = new File(basedir, 'target/coursekit/packages')
assert new File(packages, 'it-package-1.2.0-scorm12.zip').isFile()
assert new File(packages, 'it-package-1.2.0-cmi5.zip').isFile()
assert !new File(packages, 'it-package-1.2.0-scorm2004.zip').exists()

def zip = new java.util.zip.ZipFile(new File(packages, 'it-package-1.2.0-scorm12.zip'))
try {
  def manifest = zip.getInputStream(zip.getEntry('imsmanifest.xml')).text
  assert manifest.contains('<adlcp:masteryscore>75</adlcp:masteryscore>')
  assert zip.getEntry('index.html') != null
  assert zip.getEntry('assessment.html') != null
} finally {
  zip.close()
}

def installed = new File(localRepositoryPath, 'org/coursekit/it/package-course/1.0')
assert new File(installed, 'package-course-1.0-scorm12.zip').isFile()
assert new File(installed, 'package-course-1.0-cmi5.zip').isFile()

// The evidence bundle follows the packages and is installed with classifier evidence.
assert log =~ /coursekit: evidence bundle .*it-package-1\.2\.0-evidence\.zip \(\d+ KB\)/
assert new File(basedir, 'target/coursekit/evidence/it-package-1.2.0-evidence.zip').isFile()
assert new File(installed, 'package-course-1.0-evidence.zip').isFile()
return true
