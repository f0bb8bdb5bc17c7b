import { createServer, type Server } from 'node:net'

export interface ReceivedMail {
  from: string
  to: string[]
  /** Headers and body as sent (after SMTP dot-unstuffing). */
  data: string
}

/**
 * The smallest SMTP server nodemailer will talk to (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT; no
 * TLS, no AUTH), on a free port of 127.0.0.1. Keeps every message it is given.
 */
export async function startSmtpSink(): Promise<{ port: number; received: ReceivedMail[]; stop(): Promise<void> }> {
  const received: ReceivedMail[] = []
  const server: Server = createServer((socket) => {
    let buffer = ''
    let inData = false
    let envelope: { from: string; to: string[] } = { from: '', to: [] }
    let data: string[] = []
    const reply = (line: string) => socket.write(`${line}\r\n`)
    reply('220 sink ESMTP')
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8')
      let index: number
      while ((index = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, index)
        buffer = buffer.slice(index + 2)
        if (inData) {
          if (line === '.') {
            inData = false
            received.push({ ...envelope, data: data.join('\r\n') })
            envelope = { from: '', to: [] }
            data = []
            reply('250 OK queued')
          } else data.push(line.startsWith('..') ? line.slice(1) : line)
          continue
        }
        const command = line.slice(0, 4).toUpperCase()
        if (command === 'EHLO' || command === 'HELO') reply('250 sink')
        else if (command === 'MAIL') {
          envelope.from = /<([^>]*)>/.exec(line)?.[1] ?? ''
          reply('250 OK')
        } else if (command === 'RCPT') {
          envelope.to.push(/<([^>]*)>/.exec(line)?.[1] ?? '')
          reply('250 OK')
        } else if (command === 'DATA') {
          inData = true
          reply('354 End data with <CR><LF>.<CR><LF>')
        } else if (command === 'QUIT') {
          reply('221 Bye')
          socket.end()
        } else if (command === 'RSET' || command === 'NOOP') reply('250 OK')
        else reply('502 Not implemented')
      }
    })
    socket.on('error', () => {})
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('SMTP sink has no port')
  return {
    port: address.port,
    received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
