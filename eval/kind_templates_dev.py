"""DEVELOPMENT templates of the generalisation corpus kinds (eval.kinds): the ones to tune on.

Each kind maps to (language, template) pairs; `{{slot}}` names are eval.planted slots (`{{name_uc}}`:
the slot in capitals, `{{first_lc}}`: in lower case). The language picks digit words, date formats and
department names; the locale (names, streets, phones) is drawn separately, so a German template may
address a Greek or Canadian recipient.
"""

from __future__ import annotations

SIGNATURE = [
    ("en", "Kind regards,\n{{name}}\n{{job}}\n{{company}}\nOffice: {{phone}}\nMobile: {{e164}}\nFax: {{phone2}}"),
    ("en", "Cheers,\n{{first}}\n\n{{name}} | {{company}}\nDesk {{local7}} | Cell {{ext}}\n{{internal_email}}"),
    ("en", "--\n{{name}}\n{{street}}\n{{townline}}\nTel {{intl}}\n{{email}}"),
    ("de", "Freundliche Grüße\n{{name}}\n{{company}}\nTelefon: {{phone}}\nFax: {{phone2}}\nE-Mail: {{email}}"),
    ("fr", "Bien à vous,\n{{name}}\n{{company}}\nTél. : {{phone}}\nMobile : {{e164}}\n{{email}}"),
    ("es", "Saludos,\n{{name}}\n{{company}}\nTel.: {{intl}}\nMóvil: {{e164}}\nCorreo: {{email}}"),
    ("it", "Cordiali saluti,\n{{name}}\n{{company}}\nTel: {{phone}}\nCellulare: {{e164}}\n{{internal_email}}"),
    # Enterprise signatures: disclaimers, vCards, French surnames in capitals, titles, offices by city.
    ("en", "Best,\n{{first}}\n\n--\n{{first}} {{last}}, {{job}}\n{{company}} · {{city}} office\n"
           "Direct: {{intl}} · Mobile: {{e164}}\n{{email}}\nSent from Outlook for iOS"),
    ("en", "Thanks & regards\n\n{{name_uc}}\nSenior Account Manager, EMEA\n{{company}} | {{dept}}\n"
           "P: {{ext}}\n\nThis e-mail and any attachments are confidential and intended solely for the "
           "addressee. If you have received it in error, please notify the sender and delete it."),
    ("en", "BEGIN:VCARD\nVERSION:3.0\nN:{{last}};{{first}};;;\nFN:{{first}} {{last}}\nORG:{{company}};{{dept}}\n"
           "TITLE:{{job}}\nTEL;TYPE=WORK,VOICE:{{intl}}\nTEL;TYPE=CELL:{{e164}}\nEMAIL:{{email}}\n"
           "ADR;TYPE=WORK:;;{{street}};{{city}};;;{{country}}\nREV:{{timestamp}}\nEND:VCARD"),
    ("en", "{{name}} (she/her)\n{{job}}\n{{company}} | {{city}}\nTeams: {{internal_email}}\n"
           "I work Monday to Thursday. Please raise IT requests through the ServiceNow portal."),
    ("en", "Regards,\nDr {{name}}\nConsultant Physician, Department of Cardiology\n{{company}}\n"
           "Secretary: {{name2}}, tel. {{local7}}\nClinic letters: {{internal_email}}"),
    ("de", "Mit freundlichen Grüßen\n\ni. A. {{name}}\n{{dept}}\n\n{{company}}\n{{street}}\n{{townline}}\n"
           "Tel.: {{phone}}\nMobil: {{intl}}\nE-Mail: {{email}}\n\n"
           "Sitz der Gesellschaft: {{city}} · Geschäftsführer: {{name2}}"),
    ("de", "Viele Grüße aus {{city}}\n{{first}}\n\n{{first}} {{last}} | {{job}}\nDurchwahl: {{local7}}\n"
           "Zentrale: {{phone}}\nBitte beachten Sie unsere neuen Öffnungszeiten ab Montag."),
    ("fr", "Cordialement,\n\n{{name}}\n{{job}} – {{dept}}\n{{company}}\n{{street}}, {{townline}}\n"
           "Ligne directe : {{intl}}\nPortable : {{phone}}\n{{email}}"),
    ("fr", "Bonne journée,\n{{first}}\n--\n{{first}} {{last_uc}}\nResponsable grands comptes, {{company}}\n"
           "Tél : {{e164}}\nPensez à l'environnement avant d'imprimer ce message."),
    ("es", "Un saludo,\n\n{{name}}\n{{job}}\n{{company}} – Oficina de {{city}}\n"
           "Tel. directo: {{phone}} | Centralita: {{local7}}\n{{internal_email}}\n\n"
           "Antes de imprimir este correo, piense en el medio ambiente."),
    ("it", "Distinti saluti\n\nDott.ssa {{name}}\n{{dept}}\n{{company}}\n{{street}} – {{townline}}\n"
           "Tel. {{intl}} – Cell. {{e164}}\nPEC: {{email}}"),
    ("it", "Grazie mille,\n{{first}}\n\n{{first}} {{last}} | {{job}} | {{company}}\n"
           "M: {{phone}} · E: {{internal_email}}\nSede di {{city}}, orario 9:00–18:00"),
]

ADDRESS = [
    ("en", "Please send the replacement to:\n{{name}}\n{{street}}\n{{townline}}\n{{country}}"),
    ("en", "Billing address: {{street}}, {{townline}}, {{country}}. Contact: {{name}}."),
    ("de", "Anschrift:\n{{name}}\n{{street}}\n{{townline}}\n{{country}}"),
    ("fr", "Merci d'envoyer le colis à :\n{{name}}\n{{street}}\n{{townline}}\n{{country}}"),
    ("es", "Enviar a:\n{{name}}\n{{street}}\n{{townline}}\n{{country}}"),
    ("it", "Spedire a:\n{{name}}\n{{street}}\n{{townline}}\n{{country}}"),
    # Shipping labels and invoice headers: c/o, company, department, floor and PO box lines.
    ("en", "SHIP TO:\n{{name_uc}}\n{{company_uc}}\n{{street_uc}}\n{{townline_uc}}\n{{country_uc}}\n\n"
           "ORDER {{invoice}} · PARCEL 2 OF 3 · 4.2 KG · DHL EXPRESS WORLDWIDE"),
    ("en", "INVOICE {{invoice}}\nInvoice date: {{date}}\nBill to: {{company}}, Attn: {{name}}, {{street}}, "
           "{{townline}}, {{country}}\nShip to: c/o {{name2}}, {{unit}}, {{street2}}, {{townline2}}\n"
           "Payment terms: 30 days net"),
    ("en", "{{name}}\nc/o {{company}}\n{{dept}}\n{{unit}}\n{{street}}\n{{townline}}\n{{country}}"),
    ("en", "Please remit payment to:\n{{company}}\nAccounts Receivable\n{{pobox}}\n{{townline}}\n{{country}}\n"
           "Quote invoice {{invoice}} with every payment."),
    ("en", "Delivery failed – recipient {{name}} not known at {{street}}, {{townline}}. "
           "The parcel goes back to the {{city}} depot on Monday."),
    ("en", "Account: {{company}}\nPrimary contact: {{name}} ({{job}})\nHQ: {{street}}, {{townline}}, {{country}}\n"
           "Region: EMEA North · Tier: Gold · Owner: {{name2}}"),
    ("en", "{\"shipTo\": {\"name\": \"{{name}}\", \"company\": \"{{company}}\", \"line1\": \"{{street}}\", "
           "\"line2\": \"{{unit}}\", \"cityLine\": \"{{townline}}\", \"country\": \"{{country}}\"}, "
           "\"carrier\": \"UPS\", \"service\": \"Standard\", \"weightKg\": 3.4, \"reference\": \"{{invoice}}\"}"),
    ("de", "An\n{{company}}\nAbteilung {{dept}}\nz. Hd. Frau {{name}}\n{{street}}\n{{townline}}\n\n"
           "Rechnung Nr. {{invoice}} vom {{date}}\nLieferschein und Bestellnummer siehe Anlage."),
    ("de", "Lieferanschrift: {{name}}, {{street}}, {{unit}}, {{townline}} – Rechnungsanschrift: {{company}}, "
           "{{pobox}}, {{townline2}}"),
    ("de", "Absender: {{company}} · {{street}} · {{townline}}\n\nHerrn\n{{name}}\nbei {{last2}}\n{{street2}}\n"
           "{{townline2}}\n{{country2}}"),
    ("fr", "Adresse de livraison :\nM. {{name}}\nchez {{name2}}\n{{unit}}\n{{street}}\n{{townline}}\n{{country}}\n\n"
           "Adresse de facturation : {{company}}, {{pobox}}, {{townline2}}"),
    ("fr", "Facture n° {{invoice}} – Client : {{company}}, à l'attention de Mme {{name}}, "
           "{{street}} {{townline}}. Échéance : {{date}}."),
    ("es", "Datos de envío\nDestinatario: {{name}}\nEmpresa: {{company}}\nDirección: {{street}}, {{unit}}\n"
           "CP y población: {{townline}}\nPaís: {{country}}\nTeléfono de contacto: {{phone}}"),
    ("es", "Factura {{invoice}}\nCliente: {{company}}\nA la atención de: {{name}} ({{dept}})\n{{pobox}}\n"
           "{{townline}} ({{country}})"),
    ("it", "Destinatario: {{name}} c/o {{company}}, {{street}}, {{townline}} – {{country}}. "
           "Consegna al {{unit}}, orario d'ufficio dalle 9 alle 13."),
    ("it", "Spett.le\n{{company}}\nAlla c.a. del Sig. {{name}}\n{{street}}\n{{townline}}\n\n"
           "Oggetto: fattura n. {{invoice}} del {{date}}"),
]

DIALOGUE = [
    ("en", "{{first}}: Hi {{first2}}, is {{name}} joining?\n{{first2}}: Yes, she said to reach her at {{e164}}.\n{{first}}: Thanks!"),
    ("en", "Support chat\nUser: my name is {{name}} and my number is {{spelled}}\nBot: Thanks {{first}}, I found your account."),
    ("en", "We met someone called {{name}} at the fair; {{last}}'s card says {{email}}."),
    ("de", "{{first}}: Kannst du {{name}} anrufen?\n{{first2}}: Klar, die Nummer ist {{spelled}}."),
    ("fr", "{{first}} : Qui s'occupe du dossier ?\n{{first2}} : {{name}}, son numéro est {{spelled}}."),
    ("es", "{{first}}: ¿Tienes el teléfono de {{name}}?\n{{first2}}: Sí, es {{spelled}}."),
    ("it", "{{first}}: Hai il numero di {{name}}?\n{{first2}}: Sì, è {{spelled}}."),
    # Chat transcripts ("[10:02] Name:", "<nick>", Teams headers), minutes, calls, quoted e-mail replies.
    ("en", "[{{clock}}] {{first}} {{last}}: morning! has anyone heard back from {{name2}} about the Grafana alerts?\n"
           "[{{clock2}}] {{first3}}: not yet, I pinged her on Teams\n"
           "[{{clock3}}] {{first}} {{last}}: ok, her mobile is {{intl}} if it's urgent"),
    ("en", "<{{first_lc}}> deploy of v{{version}} to {{hostname}} done\n<{{first2_lc}}> thanks! {{name}} asked "
           "for the release notes\n<{{first_lc}}> will send them to {{email}} after standup"),
    ("en", "{{name}}   9:31 AM\nCan we move the Kafka upgrade to Thursday?\n\n{{name2}}   9:33 AM\n"
           "Sure. Loop in {{first3}} from the {{city}} office, she owns the Ansible playbooks."),
    ("en", "Minutes – Platform weekly, Tuesday\nAttendees: {{first}} {{last}} (chair), {{first2}} {{last2}}, "
           "{{name3}}\nApologies: {{name4}}\n1. Jenkins migration: {{first2}} to finish by end of March.\n"
           "2. {{product}} licence renewal – {{last}} to check with {{company}}.\nNext meeting: Tuesday, same time."),
    ("en", "Agent: Thank you for calling {{company}}, this is {{first}}. Who am I speaking with?\n"
           "Caller: Hi, it's {{first2}} {{last2}}. My date of birth is {{dob}} if you need it.\n"
           "Agent: Thanks, {{first2}}. I can see the order from last Friday. Is {{phone}} still the best number?"),
    ("en", "Hi {{first}},\n\nThanks – forwarding to {{name2}}, who handles invoices now.\n\nBest,\n{{first3}}\n\n"
           "On Mon, 4 Mar 2024 at 14:12, {{first}} {{last}} <{{email}}> wrote:\n> Hello,\n"
           "> could you resend invoice {{invoice}}? Our AP mailbox changed.\n> Regards, {{first}}"),
    ("en", "hey it's {{name_lc}} from accounts, can u call me back on {{local7}}? thx"),
    ("en", "I spoke to {{name}} yesterday; she said {{name2}} will take over the case while she is in {{city}}."),
    ("de", "[{{clock}}] {{first}}: Hast du die Nummer von {{name}}?\n[{{clock2}}] {{first2}}: Ja, {{intl}}. "
           "Er ist ab Montag wieder im Büro in {{city}}.\n[{{clock3}}] {{first}}: Danke! Die Besprechung zur "
           "Jira-Umstellung verschiebe ich auf Mittwoch."),
    ("de", "Protokoll der Teamrunde am Dienstag\nTeilnehmer: {{first}} {{last}}, {{name2}}, Frau {{last3}}\n"
           "Entschuldigt: Herr {{last4}}\nTOP 1 Rechnungsprüfung: {{first}} übernimmt die Abstimmung mit der "
           "Buchhaltung.\nTOP 2 Urlaubsplanung: Vertretung durch {{name5}}."),
    ("fr", "{{first}} {{last}} ({{clock}}) : Bonjour à tous, {{name2}} rejoint l'équipe Données lundi.\n"
           "{{first3}} ({{clock2}}) : Bienvenue ! Son poste : {{local7}}.\n"
           "{{first}} {{last}} ({{clock3}}) : Merci, je lui ouvre les accès Confluence."),
    ("fr", "Bonjour {{first}},\n\nJe mets {{name2}} en copie.\n\nLe mar. 5 mars 2024 à 10:02, {{name}} "
           "<{{email}}> a écrit :\n> Pouvez-vous me rappeler au {{phone}} ? Merci."),
    ("es", "[{{clock}}] {{first}}: ¿Alguien sabe cuándo vuelve {{name}}?\n[{{clock2}}] {{first2}}: El jueves. "
           "Mientras tanto escribe a {{internal_email}}.\n[{{clock3}}] {{first}}: Gracias, Kubernetes sigue "
           "caído en {{city}}."),
    ("es", "El lun, 4 mar 2024 a las 16:20, {{name}} (<{{email}}>) escribió:\n> Hola {{first2}}, te paso el "
           "contacto de {{name3}}: {{spelled}}."),
    ("it", "Cliente: Buongiorno, mi chiamo {{first}} {{last}}, vi contatto per l'ordine {{invoice}}.\n"
           "Operatore ({{first2}}): Buongiorno signor {{last}}, mi lascia un recapito?\nCliente: Certo, {{spelled}}."),
    ("it", "Il giorno lun 4 mar 2024 alle ore 11:05 {{name}} <{{email}}> ha scritto:\n"
           "> Ciao {{first2}}, puoi girare la richiesta a {{name3}}? Lunedì sono a {{city}}."),
]

CODE = [
    ("en", "aws configure set aws_access_key_id {{aws_key}}\naws configure set aws_secret_access_key {{aws_secret}}\n# deployed {{sha}}"),
    ("en", "GH_TOKEN={{github}} gh release create v{{version}} --target {{sha}}"),
    ("en", "DATABASE_URL=postgres://app:{{password}}@db.example.internal:5432/orders\nREDIS_URL=redis://cache:6379/0\nRELEASE={{uuid}}"),
    ("en", "openai.api_key = \"{{openai}}\"  # TODO move to vault\nprint(hashlib.sha256(data).hexdigest())  # {{sha256}}"),
    ("en", "headers = {\"Authorization\": \"Bearer {{jwt}}\", \"X-Request-Id\": \"{{uuid}}\"}"),
    ("en", "STRIPE_API_KEY={{stripe}}\nSLACK_BOT_TOKEN={{slack}}\nASSET_MD5={{md5}}"),
    ("en", "{{private_key}}"),
    ("en", "anthropic_api_key: {{anthropic}}\ngoogle_api_key: {{gcp}}\nfixture: {{b64data}}"),
    ("en", "login: {{username}}\npassword: {{password}}\nhost: build-{{short_sha}}.ci.local"),
    ("en", "client_secret = \"{{token}}\"\nimage = \"app@{{digest}}\""),
    ("de", "Der Login klappt nicht: Benutzer {{username}}, Passwort {{password}}. Version {{version}}."),
    # .env and config files, logs, stack traces, SQL, CI files; people next to hosts, tickets and hashes.
    ("en", "# .env.production – do not commit\nAPP_ENV=production\nAPP_URL=https://{{hostname}}\n"
           "DB_HOST={{hostname2}}\nDB_USER=svc_orders\nDB_PASSWORD={{password}}\nSENTRY_RELEASE=orders@{{version}}\n"
           "GITLAB_TOKEN={{gitlab}}\nBUILD_SHA={{sha}}"),
    ("en", "{{timestamp}} INFO  [auth-service] login ok user={{username}} ip={{ip}} session={{uuid}}\n"
           "{{timestamp2}} WARN  [auth-service] password reset requested for {{email}} (ticket {{ticket}})\n"
           "{{timestamp3}} ERROR [mailer] SMTP 451 from relay {{hostname}}"),
    ("en", "Exception in thread \"main\" org.springframework.dao.DataIntegrityViolationException: duplicate key "
           "value violates unique constraint \"users_email_key\"\n  Detail: Key (email)=({{email}}) already exists.\n"
           "\tat com.acme.crm.CustomerService.create(CustomerService.java:142)\n"
           "\tat com.acme.crm.CustomerController.post(CustomerController.java:88)\n"
           "Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key"),
    ("en", "Traceback (most recent call last):\n  File \"{{path}}\", line 57, in sync_user\n"
           "    conn.simple_bind_s(\"uid={{username}},ou=people,dc=corp,dc=local\", secret)\n"
           "ldap.INVALID_CREDENTIALS: {'desc': 'Invalid credentials', 'info': 'account {{username}} locked'}"),
    ("en", "INSERT INTO customers (id, full_name, email, phone, city, segment, created_at) VALUES\n"
           "  ('{{uuid}}', '{{name}}', '{{email}}', '{{phone}}', '{{city}}', 'SMB', '{{timestamp}}'),\n"
           "  ('{{uuid2}}', '{{name2}}', '{{email2}}', '{{e164}}', '{{city2}}', 'Enterprise', '{{timestamp2}}');"),
    ("en", "# group_vars/prod.yml (Ansible)\nadmin_user: {{username}}\nadmin_password: \"{{password}}\"\n"
           "ntp_servers:\n  - 0.europe.pool.ntp.org\ngrafana_admin_email: {{internal_email}}\n"
           "slack_webhook: {{slack_hook}}\nrelease: {{version}}"),
    ("en", "commit {{sha}}\nAuthor: {{name}} <{{email}}>\nDate:   Tue Mar 5 10:02:11 2024 +0100\n\n"
           "    Bump {{product}} chart to version {{version}} (refs {{ticket}})\n\n    Reviewed-by: {{name2}}"),
    ("en", "kubectl create secret generic api-keys --from-literal=OPENAI_API_KEY={{openai}} -n prod\n"
           "kubectl set image deploy/worker worker=registry.corp.local/worker@{{digest}}"),
    ("en", "provider \"azurerm\" {\n  features {}\n  client_secret = \"{{azure}}\"\n  tenant_id     = \"{{uuid}}\"\n}\n"
           "# owner: {{internal_email}}, see {{path}}"),
    ("en", "{{ip}} - {{username}} [05/Mar/2024:10:02:11 +0100] \"GET /api/v2/orders/{{invoice}} HTTP/1.1\" "
           "200 5123 \"-\" \"Mozilla/5.0\"\n{{ip2}} - - [05/Mar/2024:10:02:12 +0100] \"GET /healthz HTTP/1.1\" "
           "200 2 \"-\" \"kube-probe/1.29\""),
    ("en", "pipeline {\n  agent { label 'linux' }\n  environment {\n    SONAR_TOKEN = '{{token}}'\n"
           "    NOTIFY = '{{internal_email}}'\n  }\n  stages { stage('Build') { steps { sh 'mvn -B verify "
           "-Drevision={{version}}' } } }\n}"),
    ("en", "{\"ts\":\"{{timestamp}}\",\"level\":\"error\",\"svc\":\"billing\",\"msg\":\"card declined\","
           "\"customer\":\"{{name}}\",\"email\":\"{{email}}\",\"trace_id\":\"{{md5}}\",\"host\":\"{{hostname}}\"}"),
    ("en", "EMAIL_HOST_USER = '{{internal_email}}'\nEMAIL_HOST_PASSWORD = '{{password}}'\n"
           "ALLOWED_HOSTS = ['{{hostname}}', 'localhost']\nSECRET_KEY = '{{token}}'\nTIME_ZONE = 'Europe/Berlin'"),
    ("en", "curl -u {{username}}:{{token}} https://jira.corp.local/rest/api/2/issue/{{ticket}} "
           "| jq '.fields.assignee.displayName'\n# returned \"{{name}}\""),
    ("de", "Fehler beim Import: Datensatz {{ticket}} – Benutzer {{username}} ({{email}}) existiert bereits. "
           "Build {{short_sha}}, Version {{version}}, Server {{hostname}}."),
    ("fr", "Journal d'erreurs : connexion refusée pour {{username}} depuis {{ip}} ; jeton expiré {{jwt}}. "
           "Voir le ticket {{ticket}}."),
    ("es", "# configuración de producción\nSMTP_USER={{internal_email}}\nSMTP_PASS={{password}}\n"
           "STRIPE_SECRET={{stripe}}\n# última revisión: {{short_sha}} ({{date}})"),
    ("it", "{{timestamp}} ERRORE utente {{username}} non autorizzato su {{hostname}}, richiesta {{uuid}}, "
           "client {{ip}}"),
]

PROSE = [
    ("en", "Patient: {{name}}\nDOB: {{dob}}\nMRN: {{mrn}}\nSeen: {{date}}"),
    ("en", "Customer number {{account}} ({{name}}, date of birth {{dob}}) asked for a refund."),
    ("en", "Username: {{username}} — please reset the account for {{name}} ({{internal_email}})."),
    ("de", "Patient {{name}}, Geburtsdatum {{dob}}, Aktenzeichen {{mrn}}."),
    ("de", "Kundennummer: {{account}}, Name: {{name}}, E-Mail: {{internal_email}}"),
    ("fr", "Client {{name}}, date de naissance : {{dob}}, numéro de compte {{account}}."),
    ("es", "Paciente {{name}}, nacido el {{dob}}, número de historia {{mrn}}."),
    ("it", "Cliente {{name}}, data di nascita {{dob}}, numero di conto {{account}}."),
    ("en", "The {{company}} deal closed on {{date}}; version {{version}} ships next week."),
    # HR, CRM, ticket and clinical notes; records in JSON, YAML, CSV and SQL; birth dates after many labels.
    ("en", "HR note – {{date}}\nEmployee: {{name}} (ID {{account}})\nd.o.b. {{dob_words}}\n"
           "Role: {{job}}, {{dept}}, {{city}} office\nManager: {{name2}}\n"
           "Probation review on Thursday; contract renewal due {{date_words}}."),
    ("en", "Contact record\nName: {{name}}\nBirthday: {{dob_words}}\nCompany: {{company}}\nTitle: {{job}}\n"
           "Last contacted: {{date}}\nNotes: prefers e-mail ({{email}}); interested in the {{product}} upgrade."),
    ("en", "Ticket {{ticket}} – Priority P2\nReporter: {{name}} <{{email}}>\nComponent: {{product}}\n"
           "Summary: SSO login fails since version {{version}}\nCustomer no.: {{account}}\n"
           "Identity verified with DOB {{dob}} and postcode."),
    ("en", "{\"resourceType\": \"Patient\", \"id\": \"{{uuid}}\", \"name\": \"{{name}}\", "
           "\"birthDate\": \"{{dob_iso}}\", \"identifier\": \"{{mrn}}\", \"ward\": \"B4\", "
           "\"admitted\": \"{{date}}\", \"attending\": \"Dr. {{name2}}\"}"),
    ("en", "employee:\n  name: {{name}}\n  born: {{dob_iso}}\n  username: {{username}}\n  team: {{dept}}\n"
           "  laptop: {{hostname}}\n  onboarding_ticket: {{ticket}}\n  start: {{date}}"),
    ("en", "member_id;last_name;first_name;date_of_birth;plan;joined\n{{account}};{{last}};{{first}};{{dob}};Gold;"
           "{{date}}\n{{account2}};{{last2}};{{first2}};{{dob2}};Silver;{{date2}}"),
    ("en", "Born {{dob_words}} in {{city}}, {{name}} joined {{company}} as {{job}} and leads the {{product}} rollout."),
    ("en", "Policyholder: {{name}} · Date of birth: {{dob}} · Policy no. {{account}} · Claim {{ticket}} filed "
           "{{date}} · Adjuster: {{name2}}"),
    ("en", "Re: {{name}} (d.o.b. {{dob}}) – appointment moved from {{date}} to {{date2}}; referral letter dated "
           "{{date_words}}."),
    ("en", "INSERT INTO members (member_no, name, dob, email, tier, updated) VALUES ('{{account}}', '{{name}}', "
           "'{{dob_iso}}', '{{email}}', 'gold', '{{timestamp}}');"),
    ("de", "Personalakte\nName: {{name}}\ngeb. {{dob_words}} in {{city}}\nPersonalnummer: {{account}}\n"
           "Eintritt: {{date}}\nAbteilung: {{dept}}\nVorgesetzte: Frau {{name2}}"),
    ("de", "Wir berichten über Ihre Patientin {{name}}, geboren am {{dob}}, die sich am {{date}} in unserer "
           "Ambulanz vorstellte. Fallnummer {{mrn}}."),
    ("de", "Anfrage {{ticket}}: Herr {{name}} (Kundennr. {{account}}, Geburtsdatum {{dob_words}}) bittet um "
           "Änderung seiner Lieferadresse. Rückruf unter {{phone}} erbeten."),
    ("fr", "Fiche salarié : {{name}}, né(e) le {{dob_words}} à {{city}}, matricule {{account}}, poste : {{job}}, "
           "date d'entrée : {{date}}."),
    ("fr", "Dossier patient {{mrn}} – Mme {{name}}, DDN {{dob}}, admise le {{date}} ; "
           "médecin traitant : Dr {{name2}}."),
    ("es", "Ficha de cliente\nNombre: {{name}}\nFecha de nac.: {{dob}}\nN.º de cliente: {{account}}\n"
           "Alta: {{date}}\nUsuario web: {{username}}"),
    ("es", "El paciente {{name}} (f. nac. {{dob_words}}, historia clínica {{mrn}}) acudió a consulta el "
           "{{date_words}}."),
    ("it", "Scheda dipendente – {{name}}, data di nascita: {{dob_words}}, matricola {{account}}, "
           "reparto {{dept}}, sede di {{city}}."),
    ("it", "Paziente: {{name}}\nNato il: {{dob}}\nCartella n. {{mrn}}\nRicovero: {{date}}\nReparto: Cardiologia"),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
