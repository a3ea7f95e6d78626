/**
 * Malay (Bahasa Malaysia) exemplar passages for the value-deficit framework, for training the learned
 * auto-coder on interviews held in Malay. Each is one utterance of a fictional speaker (an officer of NSO-MAPO,
 * PDRM, JIM, AGC, JTKSM or a government shelter, an NGO worker, an academic, a survivor or an employer),
 * written for ValueLens from the framework's definitions and from public reporting on trafficking in Malaysia
 * (ATIPSOM, MAPO, NAPTIP, the US TIP reports, Wang Kelian). They are teaching material, not evidence: no
 * passage quotes a real person.
 *
 * A passage that shows a deficit carries the value and the factor that drives it, as the framework models
 * them (factor → value deficit). Most say what they mean without the definitions' keywords, as interviews do.
 * A passage that shows no deficit has no codes and lists under `not` the codes whose vocabulary it uses in a
 * neutral or positive sense, so the auto-coder learns what not to suggest.
 */

export interface Exemplar {
  readonly text: string
  readonly language: "ms"
  readonly codes: ReadonlyArray<string>
  readonly not?: ReadonlyArray<string>
}

const INTEGRITY = "vd/integrity"
const WEAK_MONITORING = "vd/weak-monitoring"
const JUSTICE = "vd/justice"
const RESOURCES = "vd/resource-constraints"
const EMPATHY = "vd/empathy"
const LOGISTICS = "vd/logistical-barriers"
const CIVIC = "vd/civic-responsibility"
const FINANCES = "vd/financial-constraints"
const TRUST = "vd/trust"
const DIVERGENT = "vd/divergent-approaches"

/** A passage showing one value deficit and the factor that drives it. */
const deficit =
  (codes: ReadonlyArray<string>) =>
  (text: string): Exemplar => ({ text, language: "ms", codes })

const integrity = deficit([INTEGRITY, WEAK_MONITORING])
const justice = deficit([JUSTICE, RESOURCES])
const empathy = deficit([EMPATHY, LOGISTICS])
const civic = deficit([CIVIC, FINANCES])
const trust = deficit([TRUST, DIVERGENT])

/** A passage that shows no deficit, though it uses the vocabulary of the codes listed. */
const none = (text: string, not: ReadonlyArray<string>): Exemplar => ({
  text,
  language: "ms",
  codes: [],
  not,
})

// Integrity, driven by weak monitoring: officers paid by syndicates, collusion, leaked raids, no one answerable.
const integrityPassages: ReadonlyArray<Exemplar> = [
  integrity(
    "Kat sempadan Bukit Kayu Hitam tu, semua orang tahu lori mana yang tak payah diperiksa. Dah ada 'orang dalam' yang uruskan, dan tak pernah ada siapa datang semak.",
  ),
  integrity(
    "Masa kami sampai, premis tu dah kosong, macam ada orang telefon dulu. Lepas tu tak ada siasatan dalaman pun, semua buat macam biasa.",
  ),
  integrity(
    "Ada pegawai yang 'makan' duit sindiket tiap-tiap bulan, dan selagi tak ada audit yang betul, benda tu jalan je.",
  ),
  integrity(
    "Lepas Wang Kelian, pegawai yang disyaki cuma ditukar ke tempat lain. Tak ada seorang pun yang betul-betul kena jawab, jadi apa pengajarannya?",
  ),
  integrity(
    "Ejen tu cakap terus terang, 'saya dah settle dengan orang kaunter', dan memang pasport kami lepas tanpa soal. Tak ada siapa pun periksa siapa yang cop pasport tu.",
  ),
  integrity(
    "Saya pernah laporkan seorang pegawai yang rapat sangat dengan tauke kilang tu, tapi aduan saya hilang macam tu je, tak ada maklum balas langsung.",
  ),
]

// Justice, driven by resource constraints: charges not brought, witnesses lost, hearings delayed, few prosecutors.
const justicePassages: ReadonlyArray<Exemplar> = [
  justice(
    "Kertas siasatan dah siap, tapi pegawai yang boleh pegang kes ATIPSOM kat negeri ni cuma dua orang, jadi fail beratur berbulan-bulan.",
  ),
  justice(
    "Saksi utama dah balik Myanmar sebelum tarikh bicara. Nak bawa dia datang semula, tak ada peruntukan, jadi kes tu gugur macam tu je.",
  ),
  justice(
    "Bila yang ada cuma cerita mangsa, kes tu akhirnya jadi kes imigresen biasa. Kami tak ada orang yang pandai jejak aliran duit sindiket.",
  ),
  justice(
    "Perbicaraan tu dah ditangguh lapan kali. Hakim yang sama kena dengar kes dadah, kes samun, semua sekali.",
  ),
  justice(
    "Budak perempuan tu menggigil nak masuk kandang saksi sebab tauke tu duduk depan dia, dan mahkamah tu tak ada bilik saksi berasingan.",
  ),
  justice(
    "Penyiasat kami baru tiga bulan kat unit ni, belum pernah dilatih untuk kes buruh paksa, jadi banyak kertas dipulangkan balik oleh TPR.",
  ),
]

// Empathy, driven by logistical barriers: victims treated as offenders, no counsellors, interpreters or database.
const empathyPassages: ReadonlyArray<Exemplar> = [
  empathy(
    "Lepas serbuan, perempuan-perempuan tu digari sama macam tauke dan dibawa naik lori yang sama ke depot.",
  ),
  empathy(
    "Kat shelter tu tak ada kaunselor tetap. Ada seorang yang menangis tiap malam, yang jaga dia cuma pengawal keselamatan.",
  ),
  empathy(
    "Dia cakap bahasa Chin je, kami tak ada jurubahasa, jadi temu bual pertama tu dibuat guna isyarat tangan dan Google Translate.",
  ),
  empathy(
    "Dia tunggu hampir setahun kat rumah perlindungan, tak boleh keluar, tak boleh kerja, lepas tu balik kampung dengan tangan kosong.",
  ),
  empathy(
    "Setiap agensi tanya soalan yang sama sebab maklumat dia tak disimpan dalam satu sistem. Dia terpaksa ulang cerita yang sama lima kali.",
  ),
  empathy(
    "Kalau ada yang sakit, kena tunggu kenderaan jabatan untuk ke klinik. Kadang-kadang seminggu baru dapat.",
  ),
]

// Civic responsibility, driven by financial constraints: a public that does not know, campaigns that do not reach.
const civicPassages: ReadonlyArray<Exemplar> = [
  civic(
    "Orang kampung ingat pemerdagangan orang ni maksudnya bawa masuk pendatang naik bot je. Iklan kesedaran pun tak pernah sampai ke sini.",
  ),
  civic(
    "Pekerja tu tak rasa dia mangsa, dia kata dia berhutang dengan ejen, memang patut kerja sampai langsai. Risalah dalam bahasa dia pun tak ada, bajet cetak cuma cukup untuk dua bahasa.",
  ),
  civic("Kempen kami dapat slot radio pukul dua pagi je, sebab slot waktu perdana kena bayar."),
  civic(
    "Dana untuk program kesedaran tu datang sekali setahun, masa hari anti pemerdagangan orang, lepas tu senyap sampai tahun depan.",
  ),
  civic(
    "Majikan kat ladang tu rasa biasa je simpan pasport pekerja. Tak pernah ada siapa terangkan pada mereka itu tanda buruh paksa, dan jabatan tak ada duit nak turun padang.",
  ),
  civic(
    "Jiran nampak budak-budak tu keluar masuk rumah kedai tu tengah malam, tapi tak ada seorang pun yang telefon. Poster talian aduan pun kami tak mampu cetak banyak.",
  ),
]

// Trust, driven by divergent approaches: security against welfare, NGOs kept out, information held back.
const trustPassages: ReadonlyArray<Exemplar> = [
  trust(
    "Bagi mereka ni isu keselamatan sempadan, bagi kami ni soal hak asasi manusia. Jadi bila duduk semeja pun, masing-masing cakap bahasa lain.",
  ),
  trust(
    "NGO tak dijemput pun ke mesyuarat yang gubal draf pelan tindakan tu. Kami baca dalam surat khabar macam orang lain.",
  ),
  trust(
    "Kami serahkan maklumat tentang satu ladang, tapi lepas tu polis senyap, tak beritahu apa-apa. Lain kali susahlah kami nak kongsi lagi.",
  ),
  trust(
    "Ada pegawai yang tengok NGO macam pembela PATI. Kami pula risau kalau kami rujuk mangsa, dia terus dihantar ke depot.",
  ),
  trust(
    "Imigresen nak kosongkan depot cepat, kami nak mangsa stabil dulu. Sampai sekarang dua pihak ni tak pernah sepakat.",
  ),
  trust(
    "Masing-masing jaga data sendiri macam rahsia, takut pihak lain guna untuk salahkan mereka dalam mesyuarat.",
  ),
]

// No deficit: the framework's vocabulary used neutrally or positively, things that work, procedure, statistics.
const noDeficitPassages: ReadonlyArray<Exemplar> = [
  none(
    "Mahkamah khas ATIP kat Klang tu memang membantu. Hakim dah biasa dengan akta ni, jadi kes bergerak lebih cepat.",
    [JUSTICE, RESOURCES],
  ),
  none("Kami percaya jurubahasa kami. Dia dah lama dengan kami dan mangsa rasa selesa bercakap dengan dia.", [
    TRUST,
    EMPATHY,
    LOGISTICS,
  ]),
  none(
    "Tugas saya di bahagian ini ialah menyemak kertas siasatan sebelum pertuduhan dibuat di bawah ATIPSOM.",
    [JUSTICE],
  ),
  none("Tahun 2022 Malaysia naik semula ke Tier 2, dan itu hasil kerja banyak agensi bersama.", [
    TRUST,
    JUSTICE,
  ]),
  none(
    "Sindiket tu janji kerja kilang di Pulau Pinang, tapi bila sampai, pasport mereka dirampas dan mereka dikurung dalam asrama.",
    [INTEGRITY, EMPATHY],
  ),
  none(
    "Bangunan rumah perlindungan yang baru tu lebih luas, ada bilik kaunseling dan ruang bermain untuk anak-anak.",
    [EMPATHY, LOGISTICS],
  ),
  none(
    "Tahun lepas kami buat ceramah di dua puluh buah sekolah di Kelantan, dan cikgu-cikgu beri sambutan yang baik.",
    [CIVIC, FINANCES],
  ),
  none("Mesyuarat bulanan dengan NGO sekarang lebih terbuka; mereka boleh bawa kes terus ke meja.", [
    TRUST,
    DIVERGENT,
  ]),
  none(
    "Dalam SOP kami, mangsa perempuan ditemu bual oleh pegawai wanita, dan jurubahasa mesti hadir dari awal.",
    [EMPATHY, LOGISTICS],
  ),
  none(
    "Pegawai yang bersubahat dengan sindiket tu dah didakwa dan dibuang kerja. Unit integriti kami sendiri yang kesan dia.",
    [INTEGRITY, WEAK_MONITORING],
  ),
]

export const malayExemplars: ReadonlyArray<Exemplar> = [
  ...integrityPassages,
  ...justicePassages,
  ...empathyPassages,
  ...civicPassages,
  ...trustPassages,
  ...noDeficitPassages,
]
