/** One line that rewrites itself on a terminal and prints every few seconds otherwise (CI logs). */
export function progressLine(label: string, total: number) {
  const started = Date.now()
  let lastPrinted = 0
  const line = (done: number) => {
    const seconds = (Date.now() - started) / 1000
    const rate = seconds > 0 ? Math.round(done / seconds) : 0
    return `${label}: ${done}/${total} (${Math.round((done / total) * 100)}%, ${rate}/s, ${seconds.toFixed(1)} s)`
  }
  return {
    update(done: number) {
      if (process.stdout.isTTY) {
        process.stdout.write(`\r${line(done)}`)
      } else if (Date.now() - lastPrinted > 5000) {
        lastPrinted = Date.now()
        console.log(line(done))
      }
    },
    done() {
      if (process.stdout.isTTY) process.stdout.write('\r')
      console.log(line(total))
    },
  }
}
