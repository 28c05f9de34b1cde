// The parallel (-T 4) and the serial build of each course wrote the same files with the same bytes.
def log = new File(basedir, 'build.log').text
assert !log.contains('BUILD FAILURE')

def files(File root) {
  def found = new TreeMap<String, File>()
  root.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    def relative = root.toPath().relativize(file.toPath()).toString().replace('\\', '/')
    // The page cache is build state, not output.
    if (!relative.startsWith('cache/')) {
      found[relative] = file
    }
  }
  return found
}

(1..4).each { n ->
  def parallel = new File(basedir, "course-${n}/target/parallel")
  def serial = new File(basedir, "course-${n}/target/serial")
  def inParallel = files(parallel)
  def inSerial = files(serial)
  assert inParallel.keySet().contains("packages/it-course-${n}-1.2.0-scorm2004.zip".toString())
  assert inParallel.keySet().contains('site/index.html')
  assert inParallel.keySet() == inSerial.keySet()
  inParallel.each { relative, file ->
    assert file.bytes == inSerial[relative].bytes : "course-${n}: ${relative} differs between -T 4 and serial"
  }
}
return true
