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
  integrity(
    "Setiap kali nak buat operasi kat Johor Bahru, saya tak beritahu unit tempatan sampai saat akhir. Dah dua kali maklumat bocor, dan sampai hari ni tak tahu siapa punya kerja.",
  ),
  integrity(
    "Tauke tu simpan nombor telefon beberapa pegawai dalam buku kecil, siap dengan jumlah yang dia bayar sebelah nama. Buku tu dirampas, tapi tak ada apa-apa pun jadi pada nama-nama dalam tu.",
  ),
  integrity(
    "Kalau pegawai gred rendah pakai kereta mewah, takkan tak ada sesiapa yang tanya dari mana duitnya? Tapi itulah, memang tak ada siapa yang tanya.",
  ),
  integrity(
    "Orang yang dihantar balik ke sempadan Thai dijual semula pada broker, dan yang mengiring mereka orang kita sendiri. Bertahun-tahun NGO bising, baru ada tindakan.",
  ),
  integrity("Kadang-kadang saya rasa sindiket tu lebih kenal pegawai kami daripada kami kenal sindiket tu."),
  integrity(
    "Pemeriksa datang kilang tu, minum kopi dengan pengurus, lepas tu tandatangan borang 'tiada ketidakpatuhan'. Siapa pula yang semak kerja pemeriksa?",
  ),
  integrity(
    "Kes tu memang kuat, tapi tiba-tiba ada arahan suruh perlahankan. Fail tu senyap je lepas ada orang atas telefon.",
  ),
  integrity(
    "Ada yang kerja dua hala, siang pakai uniform, malam jadi 'penasihat' pada ejen. Jabatan tahu, tapi buat-buat tak tahu.",
  ),
  integrity(
    "Pekerja kilang sarung tangan tu cerita, setiap kali ada pemeriksaan, pengurus dah tahu tarikhnya seminggu lebih awal.",
  ),
  integrity("Pegawai yang bocorkan tarikh operasi tu cuma kena pindah. Dua tahun lepas tu dia naik pangkat."),
  integrity(
    "Mangsa tak nak buat laporan kat balai tu sebab dia selalu nampak anggota yang sama lepak kat kelab karaoke tempat dia dikurung dulu.",
  ),
  integrity(
    "Permit kerja tu lulus dalam sehari walaupun dokumen tak lengkap. Tak logik kalau tak ada orang dalam, tapi audit tak pernah sampai ke meja tu.",
  ),
  integrity(
    "Di jeti kecil kat pantai timur Sabah tu, bot bawa orang masuk malam-malam, dan rondaan macam tak pernah lalu situ pada malam-malam tertentu.",
  ),
  integrity(
    "Masalahnya bukan undang-undang, tapi siapa yang awasi penguat kuasa. Badan aduan bebas yang kita ada tak bergigi, cadangan dia jarang dilaksanakan.",
  ),
  integrity(
    "Kami kena tahan kat sekatan jalan, pegawai kata dokumen tak cukup. Ejen datang, hulur sampul, kami terus jalan macam tak ada apa-apa.",
  ),
  integrity(
    "Tauke kilang tu abang ipar pegawai daerah. Macam mana dia nak serbu kilang keluarga sendiri? Tapi tak ada peraturan yang suruh dia tarik diri.",
  ),
  integrity(
    "Tiga anggota yang terlibat ditangkap, disiasat, lepas tu senyap. Sampai sekarang tak ada seorang pun yang dihadapkan ke mahkamah.",
  ),
  integrity(
    "Orang kampung kat Perlis dah lama tahu pasal kem dalam hutan tu. Yang peliknya, pasukan yang jaga sempadan tak pernah 'jumpa' apa-apa sampai kubur digali.",
  ),
  integrity(
    "Pegawai sepatutnya isytihar harta, tapi borang tu cuma diisi dan disimpan dalam fail. Tak pernah ada orang semak betul ke tidak.",
  ),
  integrity(
    "Rekod tangkapan malam tu tulis lapan orang, tapi saya kira dua belas masa mereka dibawa keluar. Empat lagi hilang ke mana, tak ada siapa nak jawab.",
  ),
  integrity(
    "Ada ejen yang cakap terang-terang, bayar lebih sikit, nama pekerja takkan keluar dalam senarai serbuan.",
  ),
  integrity(
    "Kalau anggota bawahan nampak bos dia 'main' dengan sindiket, dia nak lapor pada siapa? Saluran pemberi maklumat tu tak selamat langsung.",
  ),
  integrity(
    "Pengawal depot minta bayaran kalau tahanan nak telefon keluarga. Benda kecil, tapi dah jadi kebiasaan, sebab CCTV pun dah rosak bertahun-tahun.",
  ),
  integrity(
    "Mangsa cakap polis yang 'selamatkan' dia tu jugalah yang pernah datang kedai urut tu sebagai pelanggan. Kami bawa pada pegawai atasan, jawapannya cuma 'nanti kami tengok'.",
  ),
  integrity(
    "Kem-kem tu dimusnahkan sebelum pasukan forensik sempat masuk, bukti dikendalikan sambil lewa. Sampai hari ni tak ada siapa dipertanggungjawabkan atas kecuaian tu.",
  ),
  integrity(
    "Anggota kat pos kawalan tu dah bertahun tak ditukar. Lama-lama dia kenal semua ejen, ejen pun kenal dia, dan lori-lori tertentu lalu je.",
  ),
  integrity(
    "Bila kes melibatkan orang berpangkat, siasatan tu berjalan lambat sangat sampai semua orang lupa. Tak ada laporan, tak ada kesudahan.",
  ),
  integrity(
    "Rasuah kat pintu masuk tu bukan rahsia lagi, tapi sejak saya kerja sini tak pernah ada audit mengejut pun.",
  ),
  integrity("Sindiket tu tahu jadual rondaan kami lebih baik daripada kami sendiri."),
  integrity(
    "Ada majikan cakap pada saya, kalau ada masalah dengan pegawai, dia tahu siapa nak call. Dan memang kes dia tak pernah sampai ke mana.",
  ),
  integrity(
    "Saya nampak sendiri pegawai tu ambil sampul daripada ejen kat lobi pejabat. Bila saya buat aduan, saya pula yang dipanggil dan ditanya kenapa menyibuk.",
  ),
  integrity(
    "Di Tawau ada bot yang boleh berlabuh kat mana-mana je tanpa diperiksa. Semua orang tahu siapa 'pelindung' dia.",
  ),
  integrity(
    "Kita tangkap ejen kecil, tapi yang besar-besar tak pernah disentuh sebab ada tangan yang lindungi mereka dari atas. Tak ada siapa berani tanya tangan siapa.",
  ),
  integrity(
    "Pegawai yang sama keluarkan permit, buat pemeriksaan dan terima hadiah hari raya daripada majikan yang sama. Memang tak ada pengasingan tugas langsung.",
  ),
  integrity(
    "Bertahun-tahun laporan TIP sebut pegawai bersubahat tapi jarang didakwa. Itu bukan kebetulan, itu sebab tak ada sistem yang paksa sesiapa bertanggungjawab.",
  ),
  integrity(
    "Mangsa tu dijual semula kepada sindiket lepas dia dilepaskan dari lokap. Pegawai bertugas malam tu tak pernah disoal pun.",
  ),
  integrity(
    "Rekod pas pekerja tu tiba-tiba hilang dari sistem lepas serbuan. Orang IT kata dipadam guna akaun pegawai, tapi log tu tak pernah diperiksa.",
  ),
  integrity(
    "Bos saya pesan, jangan kacau kilang tu, dia kawan. Saya pun diam je, sebab kalau saya lapor, saya yang ditukar ke pedalaman.",
  ),
  integrity(
    "Ketua kampung tu pun dapat bahagian daripada ejen yang bawa orang melintas. Siapa nak tegur, dia yang berkuasa kat situ.",
  ),
  integrity(
    "Dokumen palsu tu dicop di kaunter yang sama berulang kali, oleh pegawai yang sama. Kalau ada yang periksa rekod, dah lama dapat tangkap.",
  ),
  integrity(
    "Pengurus agensi pekerjaan tu bekas pegawai imigresen. Dia masih keluar masuk pejabat lama dia macam pejabat sendiri.",
  ),
  integrity("Lepas saya beri kenyataan kat balai, tauke tu tahu apa yang saya cakap. Macam mana dia tahu?"),
  integrity(
    "Kat situ ada 'harga' untuk setiap lori pekerja yang lalu. Pegawai baru yang tak nak ikut, dialah yang dipinggirkan.",
  ),
  integrity(
    "Duit tunai yang dirampas dalam serbuan tu, jumlah dalam laporan tak sama dengan yang kami nampak atas meja. Tak ada siapa kira semula.",
  ),
  integrity(
    "Kalau tak ada kamera badan, tak ada rekod, apa yang berlaku dalam operasi tu bergantung pada cakap pegawai je.",
  ),
  integrity(
    "Kami dah beri nama dan nombor plat kereta, semuanya. Seminggu lepas tu suspek dah lari ke Thailand.",
  ),
  integrity(
    "Pegawai kanan dalam kes tu dibenarkan bersara awal dengan pencen penuh. Siasatan terhadap dia ditutup diam-diam.",
  ),
  integrity(
    "Syarikat kawalan yang jaga depot tu milik saudara orang berpengaruh. Kontraknya disambung setiap tahun walaupun aduan bertimbun.",
  ),
  integrity(
    "Pusat urut tu bayar 'yuran bulanan' supaya tak diserbu. Bila operasi datang terus dari Bukit Aman, barulah kena, sebab orang tempatan tak diberitahu.",
  ),
  integrity(
    "Orang kata duit kopi je, sikit-sikit. Tapi duit kopi tu lah yang bagi lori penuh orang lepas sekatan jalan.",
  ),
  integrity(
    "Saya pernah jadi saksi dalam siasatan dalaman, tapi tak pernah tahu keputusannya. Pegawai yang disiasat tu masih bertugas di tempat yang sama.",
  ),
  integrity(
    "Ada pegawai imigresen ditangkap SPRM, tapi tak ada yang tanya kenapa jabatan sendiri tak kesan lebih awal, walhal dia dah bertahun buat benda yang sama.",
  ),
  integrity(
    "Setiap kali kami nak serbu rumah tu, pintu belakang dah terbuka dan orang dah tak ada. Mereka sentiasa tahu.",
  ),
  integrity(
    "Bila orang berpangkat sendiri jadi pelanggan, siapa nak ambil tindakan? Mangsa pun tahu, melapor tak guna.",
  ),
  integrity(
    "Majikan ladang kat Sarawak tu selamba je cakap pemeriksa tu 'orang kita'. Bertahun-tahun tak pernah kena saman pun.",
  ),
  integrity(
    "Saya pernah dapat panggilan dari orang politik suruh tarik balik notis pada kilang tu. Saya tarik, sebab siapa nak lindungi saya kalau saya berkeras?",
  ),
  integrity(
    "Kawan saya yang kerja kat depot cakap, tahanan yang ada duit boleh 'beli' tarikh keluar awal. Tak pernah ada pemeriksa luar datang tengok.",
  ),
  integrity(
    "Di Labuan, bot pekerja masuk ikut jeti persendirian. Pegawai yang bertugas kat situ dah sepuluh tahun tak bertukar, dan tak ada siapa pernah periksa buku log dia.",
  ),
  integrity(
    "Kami cuma kenal satu muka: pegawai yang datang ambil duit dari tauke setiap hujung bulan. Bila kami diselamatkan, nama dia tak ada dalam senarai yang ditangkap.",
  ),
  integrity(
    "Sindiket tu tahu nama pegawai yang nak datang serbu, siap dengan nombor kereta. Maklumat macam tu cuma ada dalam fail operasi kami.",
  ),
  integrity(
    "Bila saya tanya kenapa tak ada tindakan pada anggota yang disyaki, jawapannya tak cukup bukti. Tapi tak ada siapa pun yang pergi cari bukti.",
  ),
  integrity(
    "Ejen tu pernah tunjuk gambar dia makan malam dengan pegawai kanan, kononnya nak bagi kami tahu dia kebal.",
  ),
  integrity(
    "Kem tu dah berbulan-bulan kat situ, dekat sangat dengan sempadan. Pasukan yang sepatutnya jaga kawasan tu tak pernah disiasat secara terbuka.",
  ),
  integrity(
    "Pegawai yang jujur pun lama-lama ikut arus, sebab yang ikut arus tak pernah kena apa-apa, yang melawan pula dipindahkan.",
  ),
  integrity(
    "Pas kerja pekerja tu diperbaharui setiap tahun walaupun dia dah lari dari majikan. Macam ada orang dalam yang urus, dan tak ada semakan silang langsung.",
  ),
  integrity(
    "Tauke tu siap ada 'akaun' kat balai. Setiap kali pekerja dia lari, anggota sendiri yang tangkap dan hantar balik ke rumah tauke.",
  ),
  integrity(
    "Pagi serbuan tu, tauke dah tunggu kami di pintu dengan kopi. Orang dalam yang beritahu dia, dan orang dalam tu sampai sekarang masih duduk di meja yang sama.",
  ),
  integrity(
    "Setiap lori yang lalu pos tu bayar dua ratus ringgit, dan buku log pos tu sentiasa cantik, kosong, bersih.",
  ),
  integrity(
    "Pegawai yang bersubahat dengan sindiket cuma dapat surat amaran. Semua orang nampak, harga kesalahan tu murah sangat.",
  ),
  integrity(
    "Sindiket bayar elaun bulanan kepada beberapa anggota, lebih tinggi daripada gaji mereka sendiri, dan semua orang buat-buat lupa.",
  ),
  integrity(
    "Yang menjaga sempadan itulah juga yang menjual laluan. Siasatan dalaman pula diserahkan kepada jabatan yang sama.",
  ),
  integrity(
    "Pemeriksa buruh yang sama dihantar ke kilang yang sama lima tahun berturut-turut, dan laporannya sentiasa bersih.",
  ),
  integrity(
    "Ejen siap beri senarai nama pegawai yang 'boleh dibawa berbincang', lengkap dengan syif kerja mereka.",
  ),
  integrity(
    "Kami tangkap orang sindiket, mereka keluar dalam seminggu, dan fail kes pun hilang dari meja. Jawapan yang kami dapat: tersalah letak.",
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
  justice(
    "Seorang TPR kat Kota Kinabalu pegang lebih dua ratus fail, kes pemerdagangan cuma sebahagian kecil. Mana sempat dia nak sediakan saksi dengan betul.",
  ),
  justice(
    "Akhirnya kami tuduh dia bawah Akta Imigresen je sebab lebih senang dibuktikan. Nak buktikan unsur eksploitasi, kami tak cukup orang untuk siasat.",
  ),
  justice(
    "Dalam tempoh dua tahun tu, mangsa dah tak dapat dikesan. Nombor telefon bertukar, alamat di Lombok tak lengkap, dan kes pun tergantung.",
  ),
  justice(
    "Telefon bimbit suspek dirampas, tapi nak ekstrak data kena hantar ke makmal di KL dan tunggu giliran enam bulan.",
  ),
  justice(
    "Dia takut kalau bagi keterangan, keluarga dia di kampung akan diapa-apakan. Kita tak ada program perlindungan saksi yang betul untuk orang asing.",
  ),
  justice(
    "Masa tu cuma ada satu mahkamah khas, kat Klang. Kes dari Sabah dan Sarawak masih dibicarakan di Mahkamah Sesyen biasa yang memang dah sesak.",
  ),
  justice(
    "Bila hakim tak biasa dengan akta ni, dia tanya kenapa mangsa tak lari kalau pintu tak berkunci. Kami terpaksa terangkan dari awal apa itu paksaan.",
  ),
  justice("Ratusan orang ditahan setiap tahun, tapi yang disabitkan boleh kira dengan jari."),
  justice(
    "Jurubahasa mahkamah untuk bahasa Rohingya tak ada, jadi perbicaraan ditangguhkan lagi sampai kami cari sendiri.",
  ),
  justice(
    "Saya dah tiga kali dibawa ke mahkamah, tiap kali ditangguh. Lama-lama saya cakap pada pegawai, saya nak balik je, tak nak bagi keterangan lagi.",
  ),
  justice(
    "Pegawai penyiasat tu pegang kes pemerdagangan, kes dadah dan kes rogol serentak. Bila suspek dah dijamin, kes kami jatuh ke bawah timbunan.",
  ),
  justice(
    "Sindiket tu upah peguam paling mahal, kami cuma ada seorang timbalan pendakwa raya yang baru dua tahun berkhidmat.",
  ),
  justice(
    "Nak jejak duit yang dihantar balik ke Bangladesh, kami perlukan kerjasama bank dan pakar kewangan. Dua-dua tu kami tak ada.",
  ),
  justice(
    "Perintah perlindungan tu ada tempohnya, tapi perbicaraan ambil masa bertahun. Bila dah tamat, mangsa dihantar pulang dan kami hilang saksi.",
  ),
  justice(
    "Selalunya orang bawahan je yang kena, pemandu dan penjaga rumah. Dalang tak pernah sampai ke mahkamah sebab kami tak cukup tenaga nak siasat sampai ke atas.",
  ),
  justice(
    "Dia dilepaskan tanpa dipanggil membela diri sebab tak ada bukti bebas yang menyokong cerita mangsa, dan kami memang tak sempat kumpul bukti lain.",
  ),
  justice(
    "Pendakwa yang faham kes buruh paksa tu ditukar ke bahagian lain, dan penggantinya kena belajar dari kosong.",
  ),
  justice(
    "Kes tahun 2019 pun belum habis lagi. Tiap kali sebutan, ada je yang tak cukup, dokumen belum diterjemah, saksi belum dijumpai.",
  ),
  justice(
    "Mangsa ni bawah umur, tapi mahkamah tu tak ada kemudahan rakaman video, jadi dia kena berdepan dengan tertuduh dalam mahkamah terbuka.",
  ),
  justice(
    "Bila pihak di seberang sempadan tak beri kerjasama, bukti dari sana tak dapat dibawa. Kami pun tak ada unit khas untuk urus permintaan bantuan bersama.",
  ),
  justice(
    "Kes buruh paksa kat ladang sawit tu ditutup sebab bukti tak cukup. Penyiasat cuma seorang untuk seluruh daerah.",
  ),
  justice(
    "Cerita dia berubah-ubah sebab trauma, dan peguam bela gunakan itu untuk runtuhkan kredibiliti dia. Kami tak ada pakar psikologi untuk beri keterangan pakar.",
  ),
  justice(
    "Seorang hakim di Sandakan dengar semua jenis kes jenayah. Kes kami disebut, ditangguh, disebut lagi, ditangguh lagi.",
  ),
  justice(
    "Akhirnya tertuduh mengaku salah atas pertuduhan yang lebih ringan, sebab kami tahu kami tak cukup kuat nak bawa kes penuh.",
  ),
  justice(
    "Pegawai yang rakam percakapan mangsa dah bersara dan tak dapat dihubungi. Semua kes bergantung pada satu dua orang je.",
  ),
  justice(
    "Dari dua puluh kertas siasatan yang kami hantar tahun lepas, lebih separuh dikembalikan dengan arahan siasat lanjut, dan tak ada tenaga nak buat semua.",
  ),
  justice(
    "Dia tak mahu jadi saksi sebab setiap hari dia tak bekerja, keluarga kat kampung tak makan. Elaun saksi yang kami boleh bagi tak seberapa.",
  ),
  justice(
    "Kadar sabitan kes pemerdagangan orang memang rendah, sebab bahagian pendakwaan kita kekurangan pegawai yang pakar.",
  ),
  justice(
    "Dia dah putuskan tak nak bagi keterangan. Dia kata dia nak lupakan semua, tak nak tengok muka tauke tu lagi, dan kami tak ada kaunselor yang boleh sediakan dia untuk mahkamah.",
  ),
  justice(
    "Ada tiga puluh mangsa dalam satu kes, tapi cuma seorang jurubahasa mahkamah untuk bahasa mereka, dan dia juga diperlukan di mahkamah lain.",
  ),
  justice(
    "Nak dakwa kes buruh paksa, kena buktikan paksaan. Tapi pemeriksa buruh kita tak pernah dilatih kumpul bukti macam tu.",
  ),
  justice(
    "Dari tangkapan sampai keputusan, empat tahun. Dalam masa tu tertuduh dah dijamin dan terus berniaga.",
  ),
  justice(
    "Bila suspek utama di luar negara, kes berhenti di situ. Ekstradisi makan masa bertahun dan kami tak ada orang yang boleh kejar.",
  ),
  justice("Kes di Johor tu pendakwanya bertukar tiga kali. Setiap kali tukar, kena baca fail dari awal."),
  justice(
    "Mangsa tak faham kenapa dia kena tunggu setahun semata-mata untuk cerita lima belas minit di mahkamah.",
  ),
  justice(
    "Kami tak ada akauntan forensik. Nak sita aset sindiket, kena pinjam pegawai dari agensi lain, itu pun kalau dia tak sibuk.",
  ),
  justice(
    "Suspek dilepaskan sebab kenyataan mangsa diambil tanpa jurubahasa bertauliah, dan peguam bela cabar. Masa tu memang kami tak ada jurubahasa.",
  ),
  justice(
    "Saya jadi saksi, tapi peguam tanya soalan macam saya yang salah. Lepas tu saya tak nak datang lagi, dan tak ada siapa terangkan pada saya apa yang akan jadi.",
  ),
  justice(
    "Mahkamah Sesyen di Kuantan tu sesak dengan kes dadah. Kes pemerdagangan kami tunggu giliran macam kes lain.",
  ),
  justice(
    "Bukti dalam telefon tu penting, tapi pegawai kami tak tahu cara ambil data yang diterima mahkamah.",
  ),
  justice(
    "Kami tahu rangkaian tu besar, tapi yang dapat didakwa cuma pemandu van. Siasatan kewangan tak pernah dibuat sebab tak ada pakarnya.",
  ),
  justice(
    "Dah tiga tahun saya tunggu, dan tauke tu masih bebas buka kedai baru. Pegawai kata giliran mahkamah penuh.",
  ),
  justice(
    "Bila saksi dah balik ke negara asal, kami cuba rakam keterangan melalui video, tapi mahkamah masa tu tak ada peralatan yang sesuai.",
  ),
  justice(
    "Timbalan pendakwa raya tu dapat fail tiga hari sebelum bicara. Dia sendiri mengaku tak sempat jumpa saksi.",
  ),
  justice(
    "Di Sarawak, kes dari pedalaman kena bawa ke Kuching. Saksi kena naik bot, naik bas, dan selalunya tak sampai.",
  ),
  justice(
    "Peguam bela tahu kami tak cukup orang, jadi mereka minta tangguh berkali-kali sampai saksi penat.",
  ),
  justice(
    "Hukumannya denda je, sebab yang boleh dibuktikan cuma kesalahan bawah Akta Kerja. Unsur pemerdagangan tu tak dapat kami buktikan.",
  ),
  justice("Kami ada senarai kes yang tertunggak lebih setahun. Setiap bulan bertambah, bukan berkurang."),
  justice(
    "Mangsa tak nak bersuara sebab ejen tu masih pegang hutang keluarga dia di kampung. Kami tak mampu jamin keselamatan keluarganya.",
  ),
  justice(
    "Satu-satunya hakim yang biasa dengan kes macam ni dah naik pangkat ke mahkamah lain. Yang baru masih meraba-raba.",
  ),
  justice(
    "Perintah pampasan dah dikeluarkan, tapi tak ada siapa pastikan mangsa betul-betul terima duitnya. Tak ada pegawai untuk kejar.",
  ),
  justice(
    "Untuk kes yang kukuh kita perlukan saksi bebas, dokumen, rekod bank. Dengan dua orang penyiasat, kami cuma sempat ambil kenyataan mangsa.",
  ),
  justice(
    "Kes ditarik balik sebab mangsa dah dihantar pulang sebelum tarikh bicara. Pegawai kes kami cuma seorang, dia tak sempat mohon lanjutan pas untuk saksi.",
  ),
  justice(
    "Sabitan tu diketepikan di peringkat rayuan sebab ada kesilapan prosedur dalam siasatan. Penyiasat tu baru, tak ada yang bimbing dia.",
  ),
  justice(
    "Hakim nak mangsa hadir sendiri, tapi mangsa dah kerja di Kedah, dan kami tak ada kenderaan atau peruntukan untuk bawa dia ke Klang.",
  ),
  justice("Kes di Kelantan tu lapan bulan tak bergerak sebab satu-satunya pegawai penyiasat cuti bersalin."),
  justice(
    "Laporan bedah siasat mayat-mayat tu ambil masa terlalu lama, sebab pakar forensik kita tak cukup untuk jumlah sebesar tu.",
  ),
  justice(
    "Kami ada bukti sembang WhatsApp, tapi tak ada penterjemah bertauliah untuk bahasa Burma yang boleh sahkan terjemahan untuk mahkamah.",
  ),
  justice(
    "Saksi perempuan tu tarik diri seminggu sebelum bicara. Dia dah penat tunggu, dan tak ada pegawai sokongan saksi yang boleh pujuk dia.",
  ),
  justice(
    "Pertuduhan terpaksa ditukar kepada kesalahan lain sebab tempoh reman habis dan siasatan belum lengkap. Unit kami cuma ada tiga orang.",
  ),
  justice(
    "Ditangkap ratusan, dituduh puluhan, disabitkan belasan. Di setiap peringkat kita kehilangan kes sebab tak cukup orang nak bawa ke depan.",
  ),
  justice(
    "Mangsa tu dah hilang harapan pada mahkamah. Dia kata, buat apa saya cerita kalau tauke tu lepas juga.",
  ),
  justice(
    "Mahkamah selalu tanya mana dokumen majikan, mana slip gaji. Sindiket mana ada simpan slip gaji? Tapi kami tak ada cara lain nak bina kes.",
  ),
  justice(
    "Satu bilik penuh dengan kertas siasatan ATIPSOM yang belum disemak. Pegawai yang menyemak cuma seorang.",
  ),
  justice(
    "Tertuduh dapat peguam terbaik, mangsa langsung tak ada peguam. Tak ada bantuan guaman untuk mangsa dalam kes tu.",
  ),
  justice(
    "Kami kalah sebab rantaian jagaan barang kes tak lengkap. Pegawai stor kami jaga barang kes seluruh daerah seorang diri.",
  ),
  justice(
    "Pendakwa raya kami pegang kes rompakan, kes dadah dan kes pemerdagangan serentak, dengan tarikh sebutan yang bertembung setiap minggu.",
  ),
  justice(
    "Mangsa pulang ke Bangladesh tiga bulan sebelum bicara, dan akhirnya tertuduh dilepaskan tanpa dibebaskan.",
  ),
  justice(
    "Kes ni bergantung sepenuhnya pada keterangan seorang gadis enam belas tahun yang menangis setiap kali nama tauke disebut, dan kami ada seorang pegawai untuk sediakan lima belas saksi.",
  ),
  justice(
    "Bukti kewangan yang boleh sabitkan dalang tu ada di tiga negara, dan kami ada seorang je pegawai yang faham urusan bantuan bersama.",
  ),
  justice(
    "Tarikh bicara ditetapkan dua tahun dari tarikh pertuduhan; itulah tarikh paling awal yang mahkamah boleh beri.",
  ),
  justice(
    "Penyiasat kami bertukar setiap dua tahun, jadi kepakaran kes pemerdagangan hilang setiap kali ada rombakan.",
  ),
  justice(
    "Tertuduh didapati bersalah atas kesalahan imigresen sahaja dan didenda tiga ribu ringgit, kerana unsur paksaan gagal dibuktikan.",
  ),
  justice(
    "Peguam bela minta penangguhan kali kesembilan, dan mahkamah benarkan kerana pihak pendakwaan pun masih menunggu laporan forensik dari makmal.",
  ),
  justice(
    "Lepas serbuan tu, lapan mangsa dirakam percakapan, tapi bila sampai tarikh bicara cuma seorang yang masih di Malaysia. Kami ada dua pegawai untuk jejak semua.",
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
  empathy(
    "Bilik tu berkunci dari luar, makanan dihantar ikut jadual. Mangsa tanya saya, apa beza tempat ni dengan tempat tauke kurung dia dulu.",
  ),
  empathy("Dia dibawa ke mahkamah untuk perintah perlindungan dengan baju lokap, diiring macam banduan."),
  empathy(
    "Masa pemeriksaan kat lokasi, pegawai nak tahu ada pasport ke tak, itu je. Tak ada siapa tanya dia dah makan ke belum, cedera ke tidak.",
  ),
  empathy(
    "Rumah perlindungan di Kelantan tu ada seorang jururawat yang datang seminggu sekali. Yang ada masalah jiwa, kami cuma boleh doakan.",
  ),
  empathy(
    "Kami ada satu van untuk tiga puluh orang. Nak bawa ke hospital, ke mahkamah, ke kedutaan, semua guna van yang sama.",
  ),
  empathy(
    "Dia disoal jam dua pagi, baru je diselamatkan, dengan lampu terang dan tiga pegawai lelaki depan dia. Macam mana dia nak cerita betul-betul?",
  ),
  empathy(
    "Budak lelaki tu diletak dalam depot bersama orang dewasa sebab tempat untuk kanak-kanak lelaki dah penuh.",
  ),
  empathy(
    "Kami tak tahu perempuan yang sama pernah diselamatkan di Pulau Pinang dua tahun lepas, sebab rekod dia tak ada dalam sistem kami.",
  ),
  empathy(
    "Perempuan Vietnam tu ditanya dalam Bahasa Melayu, dia angguk je sebab takut. Dalam borang ditulis dia bukan mangsa.",
  ),
  empathy(
    "Kalau mangsa nak bekerja, kena tunggu kelulusan, pemeriksaan kesihatan, surat majikan. Bila semua siap, tempoh dia di sini dah hampir habis.",
  ),
  empathy(
    "Yang tak lepas saringan terus dihantar ke depot imigresen, walaupun cerita dia sama je macam kawan-kawan yang diiktiraf sebagai mangsa.",
  ),
  empathy("Staf kami dua orang untuk enam puluh penghuni. Kami lebih jadi warden daripada pekerja sosial."),
  empathy(
    "Dia mengandung masa diselamatkan, tapi pemeriksaan pertama kat hospital baru dapat bila kandungan dah lima bulan, sebab tak ada pegawai nak iring.",
  ),
  empathy(
    "Mangsa tanya bila dia boleh telefon mak dia. Jawapan pegawai: ikut prosedur, tak boleh sampai siasatan selesai.",
  ),
  empathy(
    "Pegawai tu kata, dia masuk sini secara haram, dia tahu risikonya. Itu cara fikir yang kami jumpa hari-hari bila berurusan pasal mangsa.",
  ),
  empathy(
    "Kalau tak ada dokumen, klinik kerajaan kenakan caj warga asing. Shelter tak ada peruntukan untuk tu, jadi rawatan ditangguh.",
  ),
  empathy(
    "Tiga bulan di shelter, dia tak pernah jumpa kaunselor. Yang dia jumpa cuma pegawai penyiasat yang sama, datang ambil keterangan lagi.",
  ),
  empathy(
    "Rumah perlindungan tu jauh di pedalaman, keluarga tak boleh melawat, peguam pun susah nak sampai.",
  ),
  empathy(
    "Anak dia dipisahkan dan dihantar ke rumah lain, sebab kami tak ada tempat untuk ibu dan anak tinggal bersama.",
  ),
  empathy("Pekerja sosial baru tu tak pernah dilatih pasal trauma. Bila mangsa mengamuk, dia panggil polis."),
  empathy(
    "Lepas perintah perlindungan tamat, dia diserahkan pada imigresen. Dari shelter terus ke depot, tunggu tiket balik.",
  ),
  empathy(
    "Mangsa lelaki dari kapal nelayan tu tak ada tempat nak diletak. Rumah perlindungan kebanyakannya untuk perempuan, jadi mereka disimpan di balai.",
  ),
  empathy(
    "Mangsa kena tandatangan dokumen dalam bahasa yang dia tak faham, sebab tak ada terjemahan dan tak ada orang yang boleh terangkan.",
  ),
  empathy(
    "Yang buat temu bual tu pegawai berpakaian seragam, gari tergantung kat pinggang. Mangsa nampak uniform je, terus diam.",
  ),
  empathy(
    "Dia nak solat, nak makanan ikut agama dia, tapi menu rumah perlindungan sama untuk semua, tak ada yang tanya pun.",
  ),
  empathy(
    "Kami hantar mangsa ke lapangan terbang dengan tiket, tapi tak ada siapa di negara dia yang tunggu. Kami tak ada rangkaian rujukan untuk sambung jagaan.",
  ),
  empathy(
    "Mangsa Kemboja tu diam tiga minggu. Bila akhirnya dapat jurubahasa melalui kedutaan, baru kami tahu dia masih ada anak di tangan sindiket.",
  ),
  empathy("Mangsa dilayan macam penjenayah sebab tak ada pasport, walhal pasport dia dirampas majikan."),
  empathy(
    "Borang saringan tu ada empat puluh soalan, semua pasal dokumen dan tarikh masuk. Tak ada satu pun soalan pasal apa yang dia lalui.",
  ),
  empathy(
    "Shelter tu berpagar tinggi dengan kawat berduri. Nak keluar ke kedai pun kena ada pegawai iring, dan pegawai tak cukup.",
  ),
  empathy("Dia cuma faham bahasa Nepal. Dua bulan dia tak dapat bercakap dengan sesiapa kat shelter tu."),
  empathy(
    "Kami terpaksa guna mangsa lain yang sebangsa sebagai jurubahasa, padahal mungkin dia sendiri rapat dengan sindiket.",
  ),
  empathy(
    "Setiap kali dia dipindahkan, dari balai ke depot ke shelter, maklumat dia tak ikut sekali. Setiap tempat mula dari kosong.",
  ),
  empathy(
    "Gadis tu cuba bunuh diri di shelter. Pakar psikiatri paling dekat di hospital negeri, dan temujanji pertama dua bulan lagi.",
  ),
  empathy(
    "Dia ditahan sebagai pendatang asing tanpa izin selama enam bulan sebelum ada yang sedar dia sebenarnya mangsa.",
  ),
  empathy(
    "Pegawai kami kena jaga mangsa, isi laporan, pergi mahkamah, kadang-kadang masak sekali. Mana ada masa nak duduk dengar mangsa bercerita.",
  ),
  empathy(
    "Telefon dia disimpan untuk siasatan, jadi dia langsung tak dapat hubungi anak di Indonesia. Berbulan dia menangis rindu.",
  ),
  empathy(
    "Lepas diselamatkan, mereka tidur atas lantai balai tiga malam sebab shelter penuh dan tak ada kenderaan ke negeri lain.",
  ),
  empathy("Pekerja kapal ikan tu perlukan rawatan gigi dan kulit, tapi shelter cuma ada peti ubat kecil."),
  empathy(
    "Saringan dibuat oleh pegawai yang tak pernah jumpa mangsa pemerdagangan. Dia tanya soalan macam soal siasat suspek.",
  ),
  empathy(
    "Mangsa dari Laos tu, kami tak jumpa jurubahasa langsung. Akhirnya kami guna pekerja restoran Thai yang faham sikit-sikit.",
  ),
  empathy(
    "Mak dia meninggal masa dia di shelter. Dia minta nak balik, tapi urusan dokumen lambat, dan dia tak sempat tengok pengebumian.",
  ),
  empathy(
    "Dia dah tak larat jawab soalan yang sama daripada polis, imigresen, pegawai buruh, JKM. Setiap agensi ada borang sendiri.",
  ),
  empathy(
    "Kami tak tahu berapa ramai mangsa yang pernah lalu sistem ni, atau apa jadi pada mereka lepas pulang. Tak ada pangkalan data yang satu.",
  ),
  empathy(
    "Lepas serbuan, semua pekerja dikumpul atas padang dan disuruh mencangkung bawah panas berjam-jam sementara dokumen diperiksa.",
  ),
  empathy(
    "Mangsa perempuan dari pusat hiburan tu diperiksa oleh pegawai lelaki. Tak ada pegawai wanita bertugas malam tu.",
  ),
  empathy(
    "Dia minta nak kerja sementara tunggu bicara, tapi permohonan tu tak ada siapa uruskan. Dia duduk je, hari-hari tengok dinding.",
  ),
  empathy(
    "Kami tak ada bilik temu bual yang mesra kanak-kanak. Budak tu disoal dalam pejabat penuh fail, orang lalu-lalang.",
  ),
  empathy(
    "Rumah perlindungan di Johor tu muat tiga puluh orang, tapi kami letak lima puluh. Tilam pun berkongsi.",
  ),
  empathy(
    "Dia tak nak balik sebab keluarga akan malu, tapi prosedur kita cuma ada satu jalan keluar: hantar pulang.",
  ),
  empathy(
    "Mangsa yang sakit mental dihantar ke wad tahanan sebab hospital tak ada tempat untuk warga asing tanpa dokumen.",
  ),
  empathy(
    "Dia diselamatkan dari kilang, tapi disimpan dalam lokap yang sama dengan suspek satu malam sebab tak ada tempat lain.",
  ),
  empathy(
    "Kami bergantung pada sukarelawan untuk terjemah bahasa Bengali. Kalau sukarelawan cuti, temu bual ditangguh.",
  ),
  empathy("Dalam fail dia ditulis PATI, bukan mangsa, dan label tu ikut dia ke mana-mana pun."),
  empathy(
    "Seorang ibu dari Myanmar ditahan bersama bayinya dalam depot lima bulan, walaupun dia dah beritahu dia ditipu ejen.",
  ),
  empathy(
    "Kami cuma ada satu rumah perlindungan lelaki untuk seluruh negeri, dan ia jauh dari bandar. Mangsa yang dijumpai di Kuching kena tunggu berhari-hari di balai.",
  ),
  empathy(
    "Perintah perlindungan sementara tu dibuat ikut prosedur, tapi tak ada siapa terangkan pada mangsa apa maksudnya. Dia ingat dia dipenjara.",
  ),
  empathy(
    "Penghuni shelter tu tak ada tuala sendiri, berkongsi baju. Belanja makan pun dikira ikut kepala, cukup-cukup makan je.",
  ),
  empathy(
    "Budak perempuan tu dua tahun tak bersekolah masa di shelter, sebab tak ada guru dan tak ada pengangkutan ke sekolah.",
  ),
  empathy(
    "Dia minta nak jumpa doktor perempuan, tapi klinik yang ada cuma doktor lelaki. Akhirnya dia tak jadi pergi.",
  ),
  empathy(
    "Mangsa Rohingya tu disoal dengan jurubahasa yang cakap dialek lain. Separuh ceritanya hilang dalam terjemahan.",
  ),
  empathy(
    "Kami tak ada rekod siapa yang dah dihantar pulang dan siapa yang datang balik, jadi mangsa yang sama boleh ditahan sebagai PATI buat kali kedua.",
  ),
  empathy(
    "Dalam operasi tu, gambar mangsa diambil dan disiarkan dalam kenyataan media, muka tak ditutup pun.",
  ),
  empathy(
    "Di shelter tu mangsa ikut jadual ketat: bangun, makan, tidur, macam asrama tentera. Tak ada aktiviti pemulihan langsung.",
  ),
  empathy(
    "Pekerja sosial kami seorang untuk tiga buah shelter. Dia datang seminggu sekali, cukup untuk isi borang, bukan untuk dengar.",
  ),
  empathy(
    "Anak-anak tinggal dengan ibu mereka, tapi tak ada pengasuh. Ibu-ibu tu tak boleh ikut sesi kaunseling sebab kena jaga anak.",
  ),
  empathy(
    "Pagi serbuan tu, perempuan-perempuan tu dibariskan di tepi jalan dengan tangan terikat, dan orang ramai ambil gambar.",
  ),
  empathy(
    "Dia dikurung di depot bersama dua ratus tahanan lain selama empat bulan sebelum ada pegawai kebajikan datang bercakap dengannya.",
  ),
  empathy("Shelter kami ada dua puluh katil, satu tandas, dan seorang penjaga untuk waktu malam."),
  empathy(
    "Temu bual pertama dibuat di kaunter depot, depan tahanan lain, dengan jurubahasa melalui telefon bimbit pegawai.",
  ),
  empathy(
    "Mangsa dipindahkan tiga kali dalam sebulan, dari Johor ke Melaka ke KL, setiap kali dengan pegawai lain dan borang baru.",
  ),
  empathy(
    "Setiap keputusan tentang dia dibuat oleh pegawai yang dia jumpa sekali sahaja, dalam bahasa yang langsung asing baginya.",
  ),
  empathy(
    "Dia diberi baju tahanan dan nombor, sama macam pesalah imigresen lain, walaupun dia dah dikenal pasti sebagai mangsa.",
  ),
  empathy(
    "Lapan belas nelayan yang diselamatkan di Kuala Kedah berkongsi seorang jurubahasa melalui pembesar suara telefon, dan temu bual semua orang disiapkan dalam satu petang.",
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
  civic("Kalau saya sebut 'pemerdagangan orang' kat kedai kopi, orang ingat saya cakap pasal dadah."),
  civic(
    "Ramai mak bapak di pedalaman Sabah lepaskan anak ikut 'bapa angkat' kerja di bandar. Tak ada siapa pernah datang terangkan bahayanya, dan program jangkauan kami dah lama tak ada dana.",
  ),
  civic("Iklan kat TV tu keluar sekali je, tengah hari waktu orang bekerja. Siapa yang tengok?"),
  civic(
    "Dia kata dia bukan mangsa, dia cuma tak bernasib baik dapat majikan jahat. Dia tak tahu pun ada undang-undang yang lindungi dia.",
  ),
  civic(
    "Pelajar universiti pun keliru antara penyeludupan migran dengan pemerdagangan orang. Modul kami tak dapat geran untuk dibawa ke fakulti lain.",
  ),
  civic(
    "Majikan kedai makan tu cakap, saya bagi dia makan, tempat tidur, gaji saya simpan dulu, apa salahnya? Dia betul-betul tak nampak salah.",
  ),
  civic(
    "Setiap tahun bajet program kesedaran jabatan kami dipotong, jadi kempen di Sarawak tinggal satu bengkel je.",
  ),
  civic(
    "Kami cetak risalah dalam Bahasa Melayu, padahal yang nak dicapai tu pekerja Nepal dan Myanmar. Nak terjemah kena bayar, dan tak ada peruntukan.",
  ),
  civic(
    "Talian aduan tu memang ada, tapi cuba tanya sepuluh orang kat pasar, berapa ramai yang tahu nombornya?",
  ),
  civic(
    "Kempen kami bergantung pada geran luar negara. Bila projek tamat, semua berhenti, laman web pun mati.",
  ),
  civic(
    "Pembantu rumah yang kerja tujuh hari seminggu tanpa cuti tu, jiran-jiran ingat biasa je, memang macam tu kerja orang gaji.",
  ),
  civic(
    "Orang kampung di Kelantan lebih kenal ejen yang datang tawar kerja di seberang sempadan daripada tahu siapa nak dihubungi kalau ada masalah.",
  ),
  civic(
    "Pengurus ladang tu kata dia tak pernah dengar pun pasal akta tu. Kami nak buat taklimat untuk majikan, tapi sewa dewan pun tak mampu.",
  ),
  civic(
    "Pemandu teksi, pekerja hotel, mereka nampak banyak benda. Tapi tak ada latihan untuk kenal tanda-tandanya, dan tak ada siapa nak biayai latihan tu.",
  ),
  civic(
    "Bila kami kongsi cerita mangsa warga asing, komen netizen: hantar balik je, menyusahkan. Kami tak mampu buat kempen berbayar, jadi mesej kami tenggelam.",
  ),
  civic(
    "Dia dah enam tahun kerja tanpa gaji, tapi dia rasa dia berhutang budi pada tauke yang bawa dia masuk.",
  ),
  civic(
    "Ceramah di sekolah cuma jalan bila ada pegawai yang rajin. Tak ada peruntukan tetap, semua bergantung pada semangat individu.",
  ),
  civic(
    "Di Perlis, orang tengok bot dan orang berjalan ikut bukit tu macam perkara biasa, orang cari makan. Tak ada yang fikir mungkin mereka mangsa.",
  ),
  civic(
    "Kami minta slot televisyen untuk dokumentari pendek, tapi bayaran yang diminta lebih besar daripada seluruh bajet kami setahun.",
  ),
  civic(
    "Gadis-gadis kampung ikut tawaran kerja pelayan restoran di KL yang mereka nampak kat Facebook. Tak ada siapa pernah ajar mereka cara semak tawaran macam tu.",
  ),
  civic(
    "Program kesedaran kita banyak di bandar, dalam seminar di hotel. Orang yang paling berisiko, di estet dan kampung pedalaman, tak pernah tersentuh.",
  ),
  civic(
    "Majikan anggap potong gaji untuk bayar ejen tu perkara biasa dalam industri. Bila kami tanya, dia kata semua orang buat.",
  ),
  civic(
    "NGO kecil macam kami buat kempen guna duit poket sendiri. Sebulan sekali, itu pun kalau ada sukarelawan.",
  ),
  civic(
    "Bila saya tanya kelas siapa pernah dengar ATIPSOM, tak ada seorang pun angkat tangan, walhal mereka pelajar undang-undang tahun akhir.",
  ),
  civic(
    "Tuan rumah tak tanya kenapa dua puluh orang tinggal dalam satu rumah teres. Asal sewa masuk, dia tak kisah.",
  ),
  civic(
    "Bahan kempen kami masih poster yang dicetak lima tahun lepas, sebab tak ada duit nak buat yang baru.",
  ),
  civic(
    "Kalau kempen cuma dalam bahasa rasmi dan disiarkan sekali-sekala, pekerja asing yang paling perlu tahu hak mereka takkan dengar.",
  ),
  civic("Kesedaran awam pasal pemerdagangan orang memang rendah, dan bajet kempen pun kecil sangat."),
  civic(
    "Mak cik jual nasi lemak depan kilang tu nampak pekerja dikunci dalam lori setiap pagi. Dia ingat itu cara biasa bawa pekerja.",
  ),
  civic(
    "Bila saya terangkan ejen simpan pasport dan potong gaji tu salah, dia terkejut. Dia ingat itu memang sebahagian kontrak.",
  ),
  civic(
    "Majikan pembantu rumah di Petaling Jaya ambil telefon pembantunya supaya dia tak diganggu. Bagi majikan tu, itu menjaga, bukan mengawal.",
  ),
  civic(
    "Video kempen yang kami buat cuma ditayang dalam majlis rasmi, depan pegawai-pegawai yang memang dah tahu.",
  ),
  civic(
    "Syarikat besar ada dana CSR, tapi tak ada yang nak letak nama pada isu pemerdagangan orang. Kami berebut dana yang sama dengan isu lain.",
  ),
  civic(
    "Kebanyakan orang kita fikir mangsa mesti kena culik dan dirantai. Kalau dia datang sendiri cari kerja, orang kata salah dia.",
  ),
  civic(
    "Kami buat pameran di pasar malam Kota Bharu sekali. Lepas tu tak ada lagi, sebab peruntukan cuma untuk satu program setahun.",
  ),
  civic(
    "Mangsa tu tak tahu pun dia ada hak. Dalam kepala dia, dia pendatang haram yang akan dipenjara kalau melapor.",
  ),
  civic(
    "Tak ada satu sekolah pun di daerah ni yang pernah terima bahan pengajaran pasal pemerdagangan orang.",
  ),
  civic(
    "Nelayan tempatan nampak budak-budak asing kerja atas bot tanpa henti, tapi bagi mereka tu urusan tauke bot, bukan urusan mereka.",
  ),
  civic(
    "Kami nak pasang papan iklan di terminal bas Larkin, tapi sewa sebulan sama dengan gaji tiga orang staf kami.",
  ),
  civic("Beza penyeludupan dengan pemerdagangan cuma difahami pegawai. Orang awam campur aduk dua-dua."),
  civic(
    "Kami tak ada dana untuk kajian asas pun, jadi kami tak tahu kempen mana yang berkesan dan mana yang membazir.",
  ),
  civic(
    "Ada komuniti yang tengok anak gadis kerja di luar negara hantar duit sebagai satu kebanggaan. Tak ada yang tanya kerja apa.",
  ),
  civic(
    "Mangsa lelaki lagi susah nak mengaku. Dia kata lelaki tak boleh jadi mangsa, dia yang bodoh sebab terpedaya.",
  ),
  civic(
    "Kempen kami cuma di media sosial sebab itu je yang percuma. Orang tua di kampung tak guna media sosial.",
  ),
  civic(
    "Kedai yang jual kad SIM pada pekerja asing sebenarnya nampak banyak tanda-tanda. Tapi siapa nak latih mereka? Tak ada bajet.",
  ),
  civic(
    "Setiap kali kes besar masuk berita, orang bercakap seminggu dua, lepas tu lupa. Tak ada kempen susulan.",
  ),
  civic(
    "Kontrak kerja ditulis dalam bahasa Inggeris, pekerja tandatangan tanpa faham. Tak ada siapa pernah buat bahan penerangan dalam bahasa mereka.",
  ),
  civic(
    "Kempen kerajaan tu ada, tapi bahasanya terlalu rasmi, macam baca akta. Orang biasa tak tangkap pun mesejnya.",
  ),
  civic(
    "Jabatan saya ada seorang pegawai untuk program pencegahan seluruh negeri, dan dia tak ada kenderaan sendiri.",
  ),
  civic(
    "Dia dah tiga kali keluar kerja dengan ejen yang sama, setiap kali kena tipu. Dia tetap percaya ejen tu tolong dia.",
  ),
  civic(
    "Pengusaha homestay tak tahu pun mereka boleh melapor bila nampak orang dewasa bawa budak-budak yang langsung tak bercakap.",
  ),
  civic(
    "Kami minta dana kerajaan negeri untuk kempen di Pulau Pinang, jawapannya bajet dah habis untuk tahun ni.",
  ),
  civic("Saya tanya pekerja ladang, kalau kena tipu, mereka nak mengadu kat mana? Semua geleng kepala."),
  civic("Radio komuniti sanggup bagi slot percuma, tapi kami tak ada duit nak terbitkan rancangan tu."),
  civic(
    "Mak bapak di kampung Orang Asli tu serahkan anak pada orang yang janji kerja kedai. Mereka tak pernah dengar amaran pasal ni, sebab program kami tak pernah sampai ke kampung mereka.",
  ),
  civic(
    "Saya majikan, saya pun tak tahu yang potong gaji pekerja untuk bayar levi tu salah, sampai pegawai datang.",
  ),
  civic(
    "Orang ramai lebih takut pada 'pendatang' daripada kasihan. Kami tak ada bajet nak ubah naratif tu di media arus perdana.",
  ),
  civic(
    "Mangsa tu kata, di negara dia, kerja tanpa gaji untuk langsaikan hutang tu perkara biasa. Dia tak nampak dirinya sebagai mangsa.",
  ),
  civic(
    "Kalau ada program pun, selalunya dekat-dekat laporan TIP nak keluar. Lepas tu diam sampai tahun depan.",
  ),
  civic(
    "Pelajar sekolah menengah di Terengganu tak tahu beza antara kerja sambilan dalam talian dengan tawaran sindiket. Kami tak ada duit nak bawa program ke semua sekolah.",
  ),
  civic(
    "Persatuan majikan kata ahli mereka tak pernah dapat taklimat pun pasal akta antipemerdagangan orang.",
  ),
  civic(
    "Orang kampung lebih percaya ejen daripada pegawai, sebab ejen yang datang rumah, pegawai tak pernah nampak batang hidung.",
  ),
  civic("Kami cetak lima ratus risalah untuk satu negeri. Habis dalam sehari, lepas tu tak ada lagi."),
  civic(
    "Pusat penipuan di Kemboja tu dah banyak kali masuk berita, tapi anak muda kita masih terpedaya dengan iklan gaji tinggi di media sosial.",
  ),
  civic("Talian aduan tu cuma buka waktu pejabat dan dalam dua bahasa. Nak tambah operator, tak ada bajet."),
  civic("Jiran-jiran tahu pembantu rumah sebelah tak pernah keluar rumah. Mereka kata, bukan hal kita."),
  civic(
    "Dua puluh pekerja tinggal dalam kontena belakang kedai tu selama tiga tahun, dan seluruh taman perumahan diam.",
  ),
  civic(
    "Kempen kami tahun lepas terdiri daripada satu kain rentang di depan pejabat daerah, dan itulah seluruh bajetnya.",
  ),
  civic("Dia anggap kerja dua puluh jam sehari tu harga yang patut dibayar untuk peluang ke Malaysia."),
  civic(
    "Mak bapak di kampung tu sendiri yang serahkan anak pada ejen, dengan harapan anak kerja kilang, dan mereka bangga ceritakan pada jiran.",
  ),
  civic(
    "Satu-satunya iklan yang kami mampu ialah hantaran di Facebook, dan ia sampai kepada tiga ratus orang, kebanyakannya staf kami sendiri.",
  ),
  civic(
    "Bila saya cerita pasal pemerdagangan buruh kepada peniaga di pasar, mereka gelak, ingat saya cerita filem.",
  ),
  civic("Geran program pencegahan kami berakhir bulan Jun, dan kerja jangkauan di estet terus berhenti."),
  civic("Majikan tu yakin dia berhak simpan pasport pekerja selagi levi belum dibayar balik."),
  civic(
    "Lepas serbuan tu, jiran-jiran cakap mereka dah lama nampak budak-budak tu, tapi mereka ingat itu anak saudara tauke.",
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
  trust(
    "Kami rujuk kes, tapi tak pernah tahu apa jadi pada mangsa lepas diserahkan. Macam hantar surat ke lubang hitam.",
  ),
  trust(
    "Bila NGO bercakap dengan media pasal mangsa, agensi anggap kami burukkan nama negara. Lepas tu pintu mereka tertutup.",
  ),
  trust(
    "Jabatan buruh tengok dari sudut kontrak dan gaji, polis dari sudut jenayah, imigresen dari sudut permit. Mangsa yang sama, tiga cara pandang, dan tak ada yang nak beralah.",
  ),
  trust(
    "Dalam mesyuarat tu NGO dijemput sebagai pemerhati. Cadangan kami dicatat, tapi tak pernah nampak dalam keputusan.",
  ),
  trust(
    "Kami minta senarai mangsa yang ditempatkan di rumah perlindungan kerajaan untuk buat susulan, jawapannya maklumat sulit.",
  ),
  trust(
    "Pihak berkuasa nak angka tangkapan, kami nak mangsa pulih. Bila ukuran kejayaan lain-lain, susah nak percaya satu sama lain.",
  ),
  trust(
    "Pegawai kedutaan tu kata dia tak pernah dimaklumkan bila warganya diselamatkan. Dia tahu daripada NGO.",
  ),
  trust("Ada agensi tak suka kami hadir masa temu bual, katanya kami ajar mangsa apa nak cakap."),
  trust(
    "Dah lama kami minta akses ke depot untuk buat saringan, tapi permohonan tak pernah dijawab. Alasannya keselamatan.",
  ),
  trust(
    "Bila laporan TIP keluar dan kita turun tier, ada yang salahkan NGO yang bagi maklumat. Sejak tu hubungan jadi dingin.",
  ),
  trust(
    "Polis dan imigresen pun tak kongsi maklumat sesama sendiri. Dua-dua serbu premis yang sama dalam minggu yang sama tanpa tahu.",
  ),
  trust(
    "Bagi kami kad UNHCR tu tanda orang ni perlu dilindungi, bagi imigresen kad tu tak ada nilai di sisi undang-undang. Setiap kali berbincang, kita balik ke titik yang sama.",
  ),
  trust(
    "Bagi jabatan, yang penting majikan patuh akta kerja. Kalau gaji dah dibayar, kes ditutup. Kami kata eksploitasi lebih dari soal gaji, tapi mereka tak dengar.",
  ),
  trust(
    "Saya nak data kes untuk kajian, tapi setiap agensi suruh saya pergi ke agensi lain. Tak ada yang nak ambil tanggungjawab berkongsi.",
  ),
  trust(
    "Pelan tindakan tu dah siap dirangka. Masa NGO dipanggil, cuma untuk input terakhir yang dah tak boleh ubah apa-apa.",
  ),
  trust(
    "Mereka anggap NGO ni penghalang operasi, kami anggap mereka tak peduli mangsa. Dua-dua ada cerita sendiri untuk buktikan.",
  ),
  trust(
    "Shelter NGO yang diiktiraf lepas pindaan 2015 tu masih jarang dapat rujukan. Agensi lebih suka hantar mangsa ke tempat mereka sendiri.",
  ),
  trust(
    "Kami dapat tahu pasal serbuan saat-saat akhir, tak sempat sediakan jurubahasa dan tempat. Lepas tu mereka salahkan kami tak bersedia.",
  ),
  trust(
    "Setiap kali pegawai bertukar, hubungan kena bina dari kosong. Tak ada mekanisme rasmi, semua atas kenalan peribadi.",
  ),
  trust(
    "Kementerian Sumber Manusia dan Kementerian Dalam Negeri ada pendirian berbeza pasal buruh paksa, jadi mesyuarat tu jadi tarik tali.",
  ),
  trust(
    "Kami di Sabah rasa semua keputusan dibuat di Putrajaya tanpa tanya orang yang tahu keadaan sebenar di lapangan.",
  ),
  trust(
    "NGO pun bukan satu suara. Ada yang rapat dengan kerajaan, ada yang lantang, dan kami pun curiga sesama sendiri.",
  ),
  trust(
    "Bila kami tanya kenapa mangsa dihantar pulang sebelum kami sempat jumpa, jawapannya, itu urusan dalaman jabatan.",
  ),
  trust(
    "Kerajaan nak NGO jadi rakan, tapi bila kami kritik, geran kami tak diperbaharui. Rakan jenis apa tu?",
  ),
  trust(
    "Badan antarabangsa ada projek masing-masing, agensi kita ada program sendiri. Semua buat latihan yang sama untuk pegawai yang sama, tapi tak ada yang duduk selaras.",
  ),
  trust(
    "Kami dah sediakan laporan lengkap pasal kilang tu, tapi kementerian kata sumber NGO tak boleh dipakai, mereka nak siasat sendiri dari awal.",
  ),
  trust(
    "Kesatuan sekerja tak pernah dibawa berbincang, walhal merekalah yang paling dekat dengan pekerja. Kerajaan anggap mereka pembangkang.",
  ),
  trust("Kerjasama antara agensi kerajaan dan NGO masih lemah sebab keutamaan kami terlalu berbeza."),
  trust("Mereka kata pintu sentiasa terbuka, tapi bila kami ketuk, yang jawab cuma kerani."),
  trust(
    "Agensi penguat kuasa ukur kejayaan dengan berapa ramai ditahan dan dihantar pulang, kami ukur dengan berapa ramai yang pulih. Macam mana nak duduk satu meja?",
  ),
  trust(
    "Kami dapat tahu dasar baru pasal rumah perlindungan tu daripada kenyataan akhbar menteri. Tak ada rundingan langsung.",
  ),
  trust(
    "NGO diminta hantar laporan tiap bulan kepada kementerian, tapi kementerian tak pernah kongsi apa-apa dengan kami.",
  ),
  trust("Pegawai tu anggap saya agen asing sebab NGO kami dapat dana dari luar negara."),
  trust(
    "Bila kami lapor ada mangsa dalam depot, mereka minta bukti bertulis. Bila kami minta masuk untuk dapatkan bukti, mereka kata tak boleh.",
  ),
  trust(
    "Imigresen fikir pasal sempadan, JKM fikir pasal kebajikan, dan maklumat mangsa tersekat di tengah-tengah.",
  ),
  trust(
    "Kami tak diberitahu bila mangsa yang kami rujuk dilepaskan dari perintah perlindungan. Keluarga dia tanya kami, kami pun tak tahu.",
  ),
  trust(
    "Memang ada wakil NGO dalam majlis tu, tapi suara seorang dua tu tenggelam dalam bilik penuh pegawai.",
  ),
  trust(
    "Ahli akademik pun dianggap pengkritik. Bila kajian kami tunjuk kelemahan, permintaan data seterusnya terus ditolak.",
  ),
  trust(
    "Setiap agensi ada latihan sendiri, modul sendiri, definisi sendiri. Yang polis panggil mangsa, imigresen panggil pesalah.",
  ),
  trust(
    "Ada NGO dipanggil ke mesyuarat sebab nampak baik dalam laporan, bukan sebab pendapat kami nak didengar.",
  ),
  trust(
    "Kalau kami hantar maklumat dan maklumat tu sampai ke sindiket, siapa nak tanggung? Jadi kami simpan dulu, tunggu sampai percaya.",
  ),
  trust(
    "Jabatan buruh kata kes tu bukan pemerdagangan, cuma pertikaian gaji. Polis kata patut disiasat. Dua bulan tarik tali, mangsa pun dah hilang.",
  ),
  trust(
    "Kedutaan negara sumber tak percaya data kita, kita tak percaya data mereka, dan mangsa terperangkap di tengah.",
  ),
  trust(
    "Kerajaan anggap NGO nak populariti, NGO anggap kerajaan nak tutup cerita. Tak ada ruang untuk bercakap jujur.",
  ),
  trust("Garis panduan rujukan tu ada atas kertas, tapi setiap agensi tafsir ikut kepentingan sendiri."),
  trust("Bila kami kritik SOP tu dalam seminar, minggu depan kami tak dijemput ke bengkel semakan."),
  trust(
    "Pejabat di Putrajaya tak pernah tanya pejabat negeri apa yang berlaku di lapangan, dan pejabat negeri tak pernah dengar NGO tempatan.",
  ),
  trust(
    "Kami tawar nak latih pegawai pasal temu bual peka trauma, percuma. Mereka tolak, kata bukan keutamaan jabatan.",
  ),
  trust(
    "Kes yang sama dilapor dua kali, sekali oleh kami, sekali oleh kesatuan, dan agensi layan sebagai dua aduan berasingan sebab tak berkongsi rekod.",
  ),
  trust(
    "Polis tak suka bila kami bawa mangsa jumpa peguam sendiri. Mereka anggap kami masuk campur siasatan.",
  ),
  trust(
    "Draf pindaan akta tu kami dapat dari kawan, bukan dari kementerian. Nak bagi komen pun dah terlambat.",
  ),
  trust(
    "Organisasi antarabangsa tu kumpul data dari kami, tapi laporan mereka kami baca sama macam orang lain, lepas diterbitkan.",
  ),
  trust(
    "Semua cakap pasal kerjasama, tapi dalam praktik setiap agensi nak jaga kawasan sendiri dan nama sendiri.",
  ),
  trust(
    "Shelter NGO kami dianggap tak cukup selamat oleh pihak berkuasa, walaupun kami dah berdaftar dan lulus pemeriksaan.",
  ),
  trust(
    "Polis fikir NGO cuma nak publisiti, NGO fikir polis cuma nak tutup kes cepat. Akhirnya mangsa yang rugi.",
  ),
  trust(
    "Kami sediakan senarai jurubahasa sukarelawan untuk agensi, tapi mereka tak pernah guna. Kata mereka, orang luar perlu tapisan keselamatan dulu.",
  ),
  trust(
    "Wakil kedutaan dan NGO dari negara asal tak pernah dijemput ke mesyuarat kes. Kita putuskan nasib warga mereka tanpa mereka.",
  ),
  trust("Agensi mahu NGO serah semua maklumat mangsa, tapi bila kami minta maklumat balik, semuanya sulit."),
  trust(
    "Setiap mesyuarat antara agensi di Johor, separuh masa habis bertekak pasal siapa patut tanggung kos jaga mangsa.",
  ),
  trust(
    "Pejabat buruh anggap kes tu pertikaian majikan dan pekerja, polis anggap jenayah, kami anggap pelanggaran hak. Tak ada forum untuk selesaikan perbezaan tu.",
  ),
  trust(
    "Kami dah tak hantar wakil ke mesyuarat tu lagi. Tiap kali pergi, rasa macam hadir untuk cukupkan korum.",
  ),
  trust(
    "Pegawai atasan dah setuju bagi kami akses, tapi pegawai di lapangan tak terima arahan tu, dan kami dihalau di pintu depot.",
  ),
  trust(
    "NGO yang terima dana kerajaan dianggap orang kerajaan oleh NGO lain, yang kritik pula dianggap musuh oleh kerajaan. Tak ada siapa dipercayai sepenuhnya.",
  ),
  trust(
    "Bila kami lapor ada kanak-kanak di ladang tu, jabatan kata itu tanggungjawab agensi lain. Agensi lain kata itu bidang kuasa negeri.",
  ),
  trust(
    "Wisma Putra pun tak selalu dimaklumkan bila warga asing diselamatkan, jadi kedutaan mereka marah pada kita pula.",
  ),
  trust(
    "Kami dan imigresen tengok depot dengan mata lain. Bagi mereka tempat tahanan sementara, bagi kami tempat yang mungkin ada mangsa yang belum dikenal pasti.",
  ),
  trust(
    "Pagi serbuan tu, kami NGO dapat panggilan lima minit sebelum pasukan masuk, diminta datang kalau sempat.",
  ),
  trust(
    "Semua maklumat yang kami beri masuk ke dalam fail polis, dan fail tu tertutup kepada kami selama-lamanya.",
  ),
  trust(
    "Kementerian mahu angka pengusiran naik, kami mahu angka pemulihan naik, dan dua-dua angka tu dibentang dalam mesyuarat yang sama tanpa ada yang bertanya kenapa.",
  ),
  trust(
    "Kami dipanggil ke mesyuarat dua hari sebelum pelan tindakan dilancarkan, untuk tengok slaid yang dah siap dicetak.",
  ),
  trust(
    "Imigresen lihat kami sebagai pihak yang melindungi pendatang haram, dan kami lihat mereka sebagai pintu ke depot.",
  ),
  trust(
    "Setiap agensi simpan senarai mangsa sendiri, dengan ejaan nama yang berlainan, dan setiap permintaan untuk padankan senarai mesti melalui surat rasmi ke ibu pejabat.",
  ),
  trust(
    "Kerjasama dengan JKM bergantung pada seorang pegawai yang kami kenal lama; bila dia bersara, semuanya bermula semula.",
  ),
  trust(
    "NGO yang lantang dikeluarkan daripada senarai jemputan, dan yang tinggal cuma yang sentiasa bersetuju.",
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
  none("Tahun 2024 Malaysia naik ke Tier 2, dan itu hasil kerja banyak agensi bersama.", [TRUST, JUSTICE]),
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
  none(
    "Saya pegawai di urus setia MAPO; kerja saya menyelaras laporan tahunan daripada lima agensi penguat kuasa.",
    [TRUST],
  ),
  none(
    "Kes di Klang tu berakhir dengan sabitan dan hukuman penjara lapan tahun, dan mangsa dapat pampasan.",
    [JUSTICE],
  ),
  none(
    "Sekarang kami ada pakar psikologi sepenuh masa di rumah perlindungan, dan setiap mangsa jumpa dia dalam minggu pertama.",
    [EMPATHY, LOGISTICS],
  ),
  none(
    "Program kesedaran di Sabah tahun ni dibiayai penuh oleh kerajaan negeri dan sampai ke kampung-kampung di pedalaman.",
    [CIVIC, FINANCES],
  ),
  none(
    "Pelan Tindakan Kebangsaan Antipemerdagangan Orang ada empat teras: pencegahan, pendakwaan, perlindungan dan perkongsian.",
    [TRUST, JUSTICE, CIVIC],
  ),
  none("Ejen di Dhaka kenakan bayaran yang tinggi, dan pekerja sampai sini dengan hutang yang besar.", [
    INTEGRITY,
    CIVIC,
  ]),
  none(
    "Bila saya dapat panggilan pasal kemungkinan kes, saya buka fail, maklumkan pegawai penyiasat dan susun jadual temu bual.",
    [JUSTICE, EMPATHY],
  ),
  none("Kami percaya pada pasukan polis di daerah ni; mereka datang cepat setiap kali kami telefon.", [
    TRUST,
    INTEGRITY,
  ]),
  none(
    "Pindaan akta pada tahun 2022 memperjelas takrif pemerdagangan orang, dan itu memudahkan kerja pendakwaan.",
    [JUSTICE],
  ),
  none(
    "Tahun lepas ada beberapa ratus kes disiasat di bawah akta ni; angka tepatnya ada dalam laporan tahunan.",
    [JUSTICE],
  ),
  none("Pegawai imigresen di KLIA sekarang dilatih untuk kenal pasti tanda-tanda pemerdagangan di kaunter.", [
    INTEGRITY,
    EMPATHY,
  ]),
  none(
    "Kalau ada aduan terhadap pegawai, unit integriti jabatan akan buka siasatan dan keputusannya dimaklumkan kepada pengadu.",
    [INTEGRITY, WEAK_MONITORING],
  ),
  none(
    "Kami ada mesyuarat kes bersama setiap dua minggu; polis, JKM dan NGO duduk semeja dan keputusan dibuat bersama.",
    [TRUST, DIVERGENT],
  ),
  none(
    "Dia sekarang dah kerja di kilang elektronik dengan permit yang sah, dan sebulan sekali telefon kami beritahu khabar.",
    [EMPATHY],
  ),
  none(
    "Mahkamah benarkan keterangan mangsa diambil melalui pautan video, jadi dia tak perlu berdepan dengan tertuduh.",
    [JUSTICE, RESOURCES],
  ),
  none("Dana kerajaan tahun ni membolehkan kami buat kempen radio dalam lima bahasa.", [FINANCES, CIVIC]),
  none("Sindiket guna aplikasi pesanan untuk rekrut gadis-gadis muda dengan janji kerja di luar negara.", [
    CIVIC,
  ]),
  none("Saya mengajar kursus undang-undang jenayah di UUM, dan ada satu bab tentang ATIPSOM.", [JUSTICE]),
  none(
    "Jurubahasa bahasa Myanmar kami dah bertugas lima tahun, dan dia juga dilatih dalam pendekatan peka trauma.",
    [EMPATHY, LOGISTICS],
  ),
  none(
    "Keputusan hakim tu adil; tertuduh dilepaskan sebab memang dia bukan orang yang dimaksudkan oleh saksi.",
    [JUSTICE],
  ),
  none(
    "Pejabat kami di Johor Bahru baru dapat tambah tiga pegawai penyiasat, semuanya dah ada latihan kes pemerdagangan.",
    [RESOURCES, JUSTICE],
  ),
  none(
    "Saya guna laporan Suruhanjaya Siasatan Diraja tentang Wang Kelian sebagai bahan bacaan dalam kuliah.",
    [INTEGRITY, JUSTICE],
  ),
  none("Orang kampung yang telefon talian aduan tu bantu kami selamatkan lima pekerja dari sebuah bengkel.", [
    CIVIC,
  ]),
  none("Polis dan imigresen buat operasi bersepadu, dan maklumat dikongsi dalam satu bilik gerakan.", [
    TRUST,
    DIVERGENT,
  ]),
  none(
    "Mangsa diberi pilihan untuk tinggal di rumah perlindungan NGO atau kerajaan, dan dia pilih NGO yang dekat dengan keluarga angkatnya.",
    [EMPATHY, TRUST],
  ),
  none("Bajet jabatan untuk tahun depan belum diumumkan lagi, kami masih tunggu pekeliling.", [FINANCES]),
  none("Setiap tahun pegawai kami tandatangan ikrar integriti dan hadir latihan etika.", [INTEGRITY]),
  none("Majikan tu sendiri yang datang ke pejabat buruh bila dia syak ejen potong gaji pekerjanya.", [CIVIC]),
  none("Tertuduh dijatuhi hukuman penjara dan denda, dan rayuannya ditolak oleh Mahkamah Tinggi.", [JUSTICE]),
  none(
    "Dia dibawa ke hospital pada hari yang sama dia diselamatkan, dan jururawat kami temankan dia sepanjang masa.",
    [EMPATHY, LOGISTICS],
  ),
  none("Kajian kami di UKM melihat bagaimana pelan tindakan nasional dilaksanakan di peringkat negeri.", [
    TRUST,
  ]),
  none(
    "Sebelum serbuan, kami dah sediakan tempat, jurubahasa dan pegawai kebajikan, jadi mangsa terus dibawa ke tempat selamat.",
    [EMPATHY, LOGISTICS],
  ),
  none("Kempen 'Kenali Tanda-Tanda' di stesen bas tu menghasilkan banyak panggilan ke talian aduan.", [
    CIVIC,
    FINANCES,
  ]),
  none("Penyeludupan migran dan pemerdagangan orang ialah dua kesalahan berbeza dalam akta yang sama.", [
    CIVIC,
    JUSTICE,
  ]),
  none("Nelayan-nelayan tu dipaksa bekerja di laut berbulan-bulan tanpa gaji oleh kapten kapal.", [EMPATHY]),
  none(
    "Di Sarawak ada jawatankuasa negeri yang kumpulkan semua agensi dan NGO, dan ia berjalan dengan baik.",
    [TRUST, DIVERGENT],
  ),
  none(
    "Saksi tu memberi keterangan dengan tenang dan jelas; persediaan bersama pegawai sokongan saksi memang membantu.",
    [JUSTICE],
  ),
  none("Pegawai yang terima wang suapan tu dipecat dan sekarang sedang menjalani hukuman penjara.", [
    INTEGRITY,
    WEAK_MONITORING,
  ]),
  none("Malaysia meratifikasi Protokol Palermo pada tahun 2009.", [JUSTICE, TRUST]),
  none(
    "Kami hantar senarai semak tanda buruh paksa kepada semua majikan yang memohon permit, dan kebanyakannya membalas.",
    [CIVIC],
  ),
  none(
    "Bila NGO tak setuju dengan pendekatan kami, mereka tulis surat dan kami jawab secara rasmi. Itu proses biasa.",
    [TRUST, DIVERGENT],
  ),
  none(
    "Tugas utama rumah perlindungan ialah memberi tempat tinggal yang selamat, makanan, rawatan dan kaunseling.",
    [EMPATHY],
  ),
  none("Kes tu selesai dalam masa lapan bulan, dari tangkapan sampai hukuman.", [JUSTICE, RESOURCES]),
  none("Ada mangsa yang akhirnya jadi sukarelawan kami dan bercakap di sekolah pasal pengalamannya.", [
    CIVIC,
  ]),
  none(
    "Tahun ni Jabatan Tenaga Kerja buat beribu pemeriksaan di ladang dan kilang, dan hasilnya dilaporkan setiap suku tahun.",
    [WEAK_MONITORING, INTEGRITY],
  ),
  none("Saya pendakwa raya di Shah Alam; kebanyakan kes saya ialah kes di bawah ATIPSOM.", [JUSTICE]),
  none("Sejak ada mahkamah khas, tempoh bicara kes pemerdagangan di Selangor jadi lebih pendek.", [
    JUSTICE,
    RESOURCES,
  ]),
  none("Rumah perlindungan NGO kami dibuka selepas pindaan 2015 dan diiktiraf sebagai tempat perlindungan.", [
    EMPATHY,
    TRUST,
  ]),
  none("Mangsa yang saya jaga dah boleh keluar bekerja dan balik ke shelter setiap petang.", [
    EMPATHY,
    LOGISTICS,
  ]),
  none("Rekod mangsa sekarang disimpan dalam satu sistem yang boleh dilihat pegawai kes dari negeri lain.", [
    EMPATHY,
    LOGISTICS,
    TRUST,
  ]),
  none("Pasukan kami di Sabah ada jurubahasa Tagalog dan Bajau yang boleh dipanggil bila-bila masa.", [
    LOGISTICS,
    EMPATHY,
  ]),
  none(
    "Tauke tu janji gaji seribu lima ratus sebulan, tapi dia potong separuh untuk bayar tiket dan permit.",
    [CIVIC, INTEGRITY],
  ),
  none("Kami adakan latihan bersama untuk polis, imigresen dan pegawai buruh setiap tahun di Melaka.", [
    TRUST,
    DIVERGENT,
  ]),
  none("Bilangan sabitan tahun ni lebih tinggi daripada tahun lepas, menurut laporan kementerian.", [
    JUSTICE,
  ]),
  none("Menteri umumkan peruntukan tambahan untuk kempen pencegahan di sekolah.", [FINANCES, CIVIC]),
  none(
    "Pegawai saya diaudit setiap tahun, dan saya sendiri kena isytihar harta. Saya rasa itu perkara yang baik.",
    [INTEGRITY, WEAK_MONITORING],
  ),
  none("Mahkamah tu bangunan baru, ada bilik saksi berasingan dan ruang menunggu untuk kanak-kanak.", [
    JUSTICE,
    RESOURCES,
  ]),
  none(
    "NGO dan pegawai JKM di Kuantan dah kenal lama, dan kami selalu bertukar maklumat pasal mangsa yang dirujuk.",
    [TRUST],
  ),
  none("Saya bekerja sebagai kaunselor di rumah perlindungan kerajaan sejak 2017.", [EMPATHY]),
  none(
    "Gadis-gadis tu dibawa masuk melalui Rantau Panjang dengan pas lawatan, kemudian dipaksa bekerja di pusat hiburan.",
    [INTEGRITY, CIVIC],
  ),
  none("Laporan TIP 2024 menaikkan Malaysia ke Tier 2, dan pada tahun 2025 kedudukan itu kekal.", [
    JUSTICE,
    TRUST,
  ]),
  none("Bukit Aman ada unit khas antipemerdagangan orang yang menyelaras siasatan di seluruh negara.", [
    INTEGRITY,
    JUSTICE,
  ]),
  none("Majikan saya bagi cuti hari raya, siap dengan tiket balik kampung.", [EMPATHY, CIVIC]),
  none(
    "Bila saya lapor majikan simpan pasport, pegawai buruh datang seminggu lepas tu dan pasport dikembalikan.",
    [INTEGRITY, WEAK_MONITORING, CIVIC],
  ),
  none(
    "Keputusan dasar dibuat selepas rundingan dengan NGO dan wakil pekerja, dan draf akhir diedarkan kepada semua.",
    [TRUST, DIVERGENT],
  ),
  none(
    "Setiap mangsa diberi taklimat tentang hak mereka dalam bahasa sendiri pada hari pertama di rumah perlindungan.",
    [EMPATHY, LOGISTICS, CIVIC],
  ),
  none("Kajian saya di IIUM membandingkan undang-undang antipemerdagangan orang di negara-negara ASEAN.", [
    JUSTICE,
    TRUST,
  ]),
  none("Pihak pendakwaan memanggil dua belas saksi dan kes diselesaikan dalam tempoh setahun.", [
    JUSTICE,
    RESOURCES,
  ]),
  none(
    "Kempen kami tahun ni ditaja sebuah syarikat telekomunikasi, jadi kami dapat slot iklan waktu perdana.",
    [FINANCES, CIVIC],
  ),
  none("Pekerja Indonesia itu dijanjikan kerja di restoran tetapi dibawa ke ladang di Sarawak.", [
    EMPATHY,
    CIVIC,
  ]),
  none("Tugas saya ialah menyaring tahanan di depot untuk mengenal pasti kemungkinan mangsa pemerdagangan.", [
    EMPATHY,
  ]),
  none("Rundingan antara Malaysia dan Indonesia tentang pekerja rumah tangga diadakan setiap tahun.", [
    TRUST,
  ]),
  none(
    "Kami ada pengangkutan sendiri untuk bawa mangsa ke hospital dan mahkamah, dan jadualnya tak pernah lewat.",
    [LOGISTICS, EMPATHY],
  ),
  none(
    "Saya bangga dengan anggota saya; operasi bulan lepas berjalan tanpa kebocoran dan semua suspek ditahan.",
    [INTEGRITY, WEAK_MONITORING],
  ),
  none(
    "Dia beri keterangan dari bilik berasingan melalui video, dan hakim benarkan jurubahasanya duduk di sebelah.",
    [JUSTICE, EMPATHY],
  ),
  none(
    "Sindiket tu guna rumah kedai di Klang sebagai tempat transit sebelum pekerja dihantar ke kilang-kilang.",
    [INTEGRITY],
  ),
  none("Kami adakan ceramah di masjid dan surau di Kedah dengan kerjasama pejabat agama negeri.", [
    CIVIC,
    TRUST,
  ]),
  none("Bilangan mangsa yang dikenal pasti tahun lepas adalah dalam lingkungan beberapa ratus orang.", [
    EMPATHY,
  ]),
  none("NGO kami ada perjanjian rasmi dengan jabatan untuk rujukan mangsa, dan ia berjalan lancar.", [
    TRUST,
    DIVERGENT,
  ]),
  none("Setiap pegawai baru di unit ini dihantar berkursus tiga minggu sebelum pegang kes.", [
    RESOURCES,
    JUSTICE,
  ]),
  none(
    "Dia pulang ke Myanmar dengan selamat, diiringi pegawai, dan NGO di sana sambut dia di lapangan terbang.",
    [EMPATHY, LOGISTICS, TRUST],
  ),
  none("Hakim menerima keterangan pakar psikologi tentang kesan trauma terhadap ingatan mangsa.", [
    JUSTICE,
    EMPATHY,
  ]),
  none(
    "Undang-undang kita menetapkan hukuman penjara sehingga dua puluh tahun bagi kesalahan pemerdagangan orang.",
    [JUSTICE],
  ),
  none("Pelajar saya buat projek kempen di media sosial, dan video mereka ditonton ramai.", [CIVIC]),
  none(
    "Imigresen dan NGO berbeza pandangan dalam beberapa perkara, tapi kami sentiasa berbincang dan capai kata sepakat.",
    [TRUST, DIVERGENT],
  ),
  none("Kami tengah semak SOP temu bual mangsa bersama pakar dari universiti.", [EMPATHY, TRUST]),
  none("Tugas JTKSM termasuk memeriksa tempat kerja untuk kesalahan buruh paksa di bawah Akta Kerja.", [
    WEAK_MONITORING,
    INTEGRITY,
  ]),
  none("Kes ini didakwa oleh Jabatan Peguam Negara, dan perbicaraan dijadualkan bulan depan.", [JUSTICE]),
  none("Sumbangan orang ramai membolehkan kami beli van baru untuk shelter.", [LOGISTICS, FINANCES]),
  none(
    "Wang Kelian ialah kawasan di Perlis berhampiran sempadan Thailand, tempat kem-kem dan kubur ditemui pada tahun 2015.",
    [INTEGRITY],
  ),
  none("Dulu memang tak ada jurubahasa, tapi sekarang kami ada panel jurubahasa untuk lapan bahasa.", [
    EMPATHY,
    LOGISTICS,
  ]),
  none("Dulu kes ambil masa bertahun, sekarang kebanyakannya selesai dalam setahun.", [JUSTICE, RESOURCES]),
  none("Kerja ni memang penat, tapi bila tengok mangsa dah boleh senyum, saya rasa berbaloi.", [EMPATHY]),
  none("Ejen tu memang tak boleh dipercayai; dia tipu semua pekerja yang dia bawa masuk.", [
    TRUST,
    INTEGRITY,
  ]),
  none(
    "Saya tak percaya janji ejen lagi. Sekarang saya semak dulu dengan pejabat buruh sebelum terima apa-apa kerja.",
    [TRUST, CIVIC],
  ),
  none("Apa yang saya boleh kongsi ialah pengalaman saya sebagai pegawai kes selama sepuluh tahun.", [TRUST]),
  none("Mahkamah Sesyen di Klang tu dekat dengan stesen komuter, senang untuk saksi datang.", [
    JUSTICE,
    LOGISTICS,
  ]),
  none(
    "Kami kongsi maklumat dengan polis Thailand melalui saluran rasmi, dan mereka balas dalam masa seminggu.",
    [TRUST, INTEGRITY],
  ),
  none("Bila pekerja tu datang ke pejabat kami, pegawai bertugas terus buka fail dan panggil jurubahasa.", [
    EMPATHY,
    LOGISTICS,
  ]),
  none("Rasuah ialah kesalahan di bawah Akta SPRM, dan pegawai yang disabitkan boleh dipenjara.", [
    INTEGRITY,
  ]),
  none("Dia menangis masa bercerita, jadi kami berhenti sekejap dan sambung esok bila dia dah bersedia.", [
    EMPATHY,
  ]),
  none("Bajet kempen tahun ni cukup untuk iklan televisyen dan radio sepanjang bulan Julai.", [
    FINANCES,
    CIVIC,
  ]),
  none("Kebanyakan mangsa yang kami jumpa tahun lepas berasal dari Indonesia, Myanmar dan Bangladesh.", [
    EMPATHY,
  ]),
  none("Saya rasa NGO dan kerajaan sebenarnya nak benda yang sama: mangsa selamat dan sindiket dihukum.", [
    TRUST,
    DIVERGENT,
  ]),
  none(
    "Hakim tangguhkan kes seminggu sebab peguam bela sakit; itu biasa, dan kes disambung minggu berikutnya.",
    [JUSTICE],
  ),
  none("Pegawai imigresen di Bukit Kayu Hitam tu layan kami dengan baik dan terangkan semua prosedur.", [
    INTEGRITY,
    EMPATHY,
  ]),
  none("Program pencegahan kami di Sabah dibuat bersama gereja dan masjid tempatan.", [CIVIC, TRUST]),
  none("Saya rasa keadaan makin baik; pegawai muda sekarang lebih faham isu ni.", [TRUST]),
  none(
    "Mangsa dihantar pulang atas permintaan dia sendiri, selepas dia beri keterangan dan terima pampasan.",
    [EMPATHY, JUSTICE],
  ),
  none("Tauke tu mengaku bersalah dan dijatuhi hukuman penjara sepuluh tahun.", [JUSTICE]),
  none("Sindiket tu rekrut pekerja dari kampung-kampung di Jawa Timur melalui saudara-mara sendiri.", [
    CIVIC,
  ]),
  none("Maaf, saya tak boleh ulas kes yang masih dalam perbicaraan.", [JUSTICE]),
  none("NGO kami ditubuhkan pada tahun 2010 untuk bantu pekerja migran yang bermasalah.", [TRUST]),
  none("Seorang penyiasat biasanya pegang sepuluh hingga lima belas kes setahun, bergantung pada saiz kes.", [
    RESOURCES,
    JUSTICE,
  ]),
  none("Pemeriksaan kesihatan dibuat pada hari pertama, dan mangsa diberi ubat dan pakaian baru.", [
    EMPATHY,
    LOGISTICS,
  ]),
  none("Kerajaan negeri Sarawak sediakan dana untuk kempen dalam bahasa Iban dan Melayu.", [FINANCES, CIVIC]),
  none("Bila kes tu masuk mahkamah, saya sendiri yang iring mangsa dan duduk dengan dia di ruang menunggu.", [
    JUSTICE,
    EMPATHY,
  ]),
  none(
    "Ada beza pendapat antara kami dan JKM pasal tempoh penjagaan, tapi akhirnya kami ikut apa yang terbaik untuk mangsa.",
    [TRUST, DIVERGENT],
  ),
  none("Kami hantar laporan suku tahunan kepada MAPO, dan MAPO kongsi ringkasannya dengan semua ahli.", [
    TRUST,
  ]),
  none("Pegawai kami tak dibenarkan terima apa-apa hadiah daripada majikan, dan semua lawatan direkodkan.", [
    INTEGRITY,
    WEAK_MONITORING,
  ]),
  none("Saya pernah bawa pelajar melawat Wang Kelian untuk faham sejarah kawasan tu.", [INTEGRITY]),
  none("Mangsa boleh buat panggilan video dengan keluarga setiap minggu dari shelter kami.", [
    EMPATHY,
    LOGISTICS,
  ]),
  none("Taklimat untuk majikan di kawasan perindustrian Senai penuh, dan ramai yang tanya soalan.", [CIVIC]),
  none("Dia faham hak dia, dan dia sendiri yang minta nak beri keterangan.", [JUSTICE, CIVIC]),
  none("Kami terima aduan melalui talian, e-mel dan kaunter, dan setiap aduan diberi nombor rujukan.", [
    CIVIC,
    WEAK_MONITORING,
  ]),
  none("Pada tahun 2015 akta dipinda supaya mangsa boleh bergerak bebas dan bekerja.", [EMPATHY]),
  none("Unit kami bekerjasama rapat dengan IOM untuk urusan penghantaran pulang yang selamat.", [TRUST]),
  none("Saya rasa hukuman sampai dua puluh tahun tu cukup berat untuk beri pengajaran.", [JUSTICE]),
  none("Pekerja dari Nepal tu ditipu ejen dan dibawa masuk ke Malaysia dengan visa pelancong.", [
    CIVIC,
    INTEGRITY,
  ]),
  none("Semua ahli jawatankuasa diberi salinan draf pelan tindakan dua bulan sebelum mesyuarat.", [
    TRUST,
    DIVERGENT,
  ]),
  none("Tak ada masalah dengan jurubahasa di shelter kami; setiap bahasa yang kami perlukan ada orangnya.", [
    EMPATHY,
    LOGISTICS,
  ]),
  none("Sejak audit mengejut diperkenalkan, tak pernah lagi ada maklumat operasi yang bocor.", [
    INTEGRITY,
    WEAK_MONITORING,
  ]),
  none("Saya tak ingat tarikh tepatnya, tapi rasanya serbuan tu berlaku pada bulan Ramadan.", [INTEGRITY]),
  none("Mangsa tu tak mahu balik ke kampung, jadi kami bantu dia dapatkan permit kerja di sini.", [EMPATHY]),
  none(
    "Dia bukan mangsa pemerdagangan; dia datang sendiri dan kerja dengan gaji penuh, cuma permitnya dah tamat.",
    [EMPATHY, CIVIC],
  ),
  none(
    "Kes tu tak dituduh bawah ATIPSOM sebab memang tak ada unsur eksploitasi; ia kes penyeludupan biasa.",
    [JUSTICE],
  ),
  none("Tak ada seorang pun saksi yang tarik diri dalam kes tu; semua datang dan beri keterangan.", [
    JUSTICE,
  ]),
  none("Saya tak boleh komen pasal dasar, itu bukan bidang saya. Saya cuma urus kes harian.", [TRUST]),
  none("Kami belum pernah ada masalah dengan polis daerah ni; mereka selalu maklumkan kami awal.", [
    TRUST,
    DIVERGENT,
  ]),
  none(
    "Budak tu tak cakap Melayu, jadi kami panggil jurubahasa dari kedutaan, dan dia sampai dalam masa sejam.",
    [EMPATHY, LOGISTICS],
  ),
  none("Tak semua pekerja asing tanpa dokumen tu mangsa; sebab tu saringan penting.", [EMPATHY]),
  none("Saya tak sangka sambutan ceramah di kilang tu sebaik itu; pekerja tanya macam-macam soalan.", [
    CIVIC,
  ]),
  none("Tertuduh tak mengaku salah, jadi perbicaraan penuh dijalankan selama dua minggu.", [JUSTICE]),
  none("Tak ada bayaran dikenakan untuk mangsa yang dirawat di hospital kerajaan; semuanya ditanggung.", [
    EMPATHY,
    LOGISTICS,
    FINANCES,
  ]),
  none("Pegawai tu tak terima langsung hadiah yang majikan cuba bagi, dan dia catat dalam buku log.", [
    INTEGRITY,
    WEAK_MONITORING,
  ]),
  none("Kami tak perlukan dana tambahan tahun ni; peruntukan sedia ada cukup untuk program yang dirancang.", [
    FINANCES,
    CIVIC,
  ]),
  none(
    "Dia tak takut beri keterangan sebab dia tahu dia dilindungi, dan pegawai sokongan saksi ada bersamanya.",
    [JUSTICE],
  ),
  none("Saya tak pernah rasa dilayan macam pesalah di shelter tu; staf layan saya macam keluarga.", [
    EMPATHY,
  ]),
  none("Kami tak setuju dengan kementerian dalam semua perkara, tapi mereka dengar, dan itu yang penting.", [
    TRUST,
    DIVERGENT,
  ]),
  none("Tak ada kes pemerdagangan yang dilaporkan di daerah ni tahun lepas, menurut rekod polis.", [
    CIVIC,
    JUSTICE,
  ]),
  none("Saya tak tahu nak jawab soalan tu; mungkin lebih baik tanya pegawai di ibu pejabat.", [TRUST]),
  none("Belum ada keputusan mahkamah lagi; perbicaraan masih berjalan ikut jadual.", [JUSTICE, RESOURCES]),
  none(
    "Dia tak nak tinggal di shelter, jadi dia tinggal dengan saudara di Klang dan datang bila dipanggil.",
    [EMPATHY],
  ),
  none("Tak perlu tunggu lama; dalam dua minggu permohonan permit kerja mangsa dah lulus.", [
    EMPATHY,
    LOGISTICS,
  ]),
  none("Majikan tu tak pernah simpan pasport pekerja; dia bagi setiap pekerja peti berkunci sendiri.", [
    CIVIC,
  ]),
  none("Tak ada seorang pun mangsa dalam kes tu yang dihantar ke depot; semua terus ke rumah perlindungan.", [
    EMPATHY,
  ]),
  none("Kami tak kongsi nama mangsa dengan media; itu dasar kami untuk lindungi privasi mereka.", [
    TRUST,
    EMPATHY,
  ]),
  none("Maklumat mangsa tak didedahkan kepada majikan lama dia, atas sebab keselamatan.", [TRUST, EMPATHY]),
  none("Saya tak pasti jumlahnya, tapi laporan tahunan MAPO ada angka penuh tangkapan dan pendakwaan.", [
    JUSTICE,
  ]),
  none("Tak sampai setahun, kes tu dah selesai dengan sabitan.", [JUSTICE, RESOURCES]),
  none("Polis tak perlu diminta dua kali; bila kami lapor, mereka terus datang.", [TRUST, INTEGRITY]),
  none("Pekerja tu tak ada masalah dengan majikan baru dia; gaji dibayar tepat pada masanya.", [CIVIC]),
  none("Tak banyak yang berubah dalam SOP tahun ni, cuma borangnya dipendekkan.", [EMPATHY]),
  none("Kami tak pernah ditolak bila minta masuk depot untuk saringan; prosesnya mudah.", [TRUST, DIVERGENT]),
  none("Bukan tugas saya untuk mendakwa; saya cuma sediakan laporan siasatan kepada pihak pendakwaan.", [
    JUSTICE,
  ]),
  none("Saya belum sempat baca laporan TIP terbaru, tapi saya dengar kedudukan kita kekal.", [
    JUSTICE,
    TRUST,
  ]),
  none("Mangsa tu tak lagi perlukan kaunseling; pakar psikologi kata dia dah pulih.", [EMPATHY, LOGISTICS]),
  none("Hari tu tak ada serbuan, kami cuma buat pemeriksaan dokumen rutin di tapak binaan.", [INTEGRITY]),
  none("Tak ada yang luar biasa dalam kes tu; sindiket kecil, tiga suspek, semua ditangkap.", [
    JUSTICE,
    INTEGRITY,
  ]),
  none(
    "Kempen tu tak perlukan belanja besar; pelajar buat video sendiri dan kongsi di media sosial, dan ramai yang tonton.",
    [FINANCES, CIVIC],
  ),
  none("Dia tak faham Bahasa Melayu, tapi pegawai kami fasih bahasa Indonesia, jadi tak ada masalah.", [
    EMPATHY,
    LOGISTICS,
  ]),
  none(
    "Saya tak setuju orang kata semua pegawai korup. Dalam unit saya, semua kerja dengan jujur dan diaudit setiap tahun.",
    [INTEGRITY, WEAK_MONITORING],
  ),
  none(
    "Kami tak buat ceramah pada bulan Ramadan sebab jadual di masjid dah penuh; kami sambung lepas raya.",
    [CIVIC, FINANCES],
  ),
  none("Tak ada masalah kewangan buat masa ni; geran tiga tahun kami baru diluluskan.", [FINANCES]),
  none("Pagi serbuan tu, semua ikut rancangan: pegawai wanita, jurubahasa dan van JKM dah sedia di lokasi.", [
    EMPATHY,
    LOGISTICS,
    INTEGRITY,
  ]),
  none(
    "Lepas serbuan tu, jiran-jiran datang ucap terima kasih; merekalah yang mula-mula telefon talian aduan.",
    [CIVIC],
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
