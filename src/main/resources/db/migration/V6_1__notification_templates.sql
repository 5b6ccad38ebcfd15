-- The first templates, in Vietnamese. SMS texts are unaccented (one GSM 7-bit segment holds 160 characters,
-- a Vietnamese one 70); administrators edit all of them on /quan-tri/thong-bao/mau.
insert into notification.template (trigger, channel, language, version, subject, body) values
('RECEIVED', 'EMAIL', 'vi', 1, 'Hồ sơ {dossierCode} đã được tiếp nhận', 'Kính gửi Ông/Bà {applicant},

{centerName} đã tiếp nhận hồ sơ "{procedure}" của Ông/Bà.
Mã hồ sơ: {dossierCode}
Hẹn trả kết quả: {appointment}

Tra cứu tình trạng hồ sơ: {trackingLink}

{centerName}
{centerAddress}
Đường dây nóng: {hotline}'),
('RECEIVED', 'SMS', 'vi', 1, null, 'Ho so {dossierCode} da duoc tiep nhan. Hen tra ket qua: {appointment}. Tra cuu: {trackingLink}'),
('RECEIVED', 'IN_APP', 'vi', 1, 'Đã tiếp nhận hồ sơ {dossierCode}', 'Hồ sơ "{procedure}" đã được tiếp nhận. Hẹn trả kết quả: {appointment}.'),
('SUPPLEMENT_REQUESTED', 'EMAIL', 'vi', 1, 'Hồ sơ {dossierCode} cần bổ sung giấy tờ', 'Kính gửi Ông/Bà {applicant},

Hồ sơ "{procedure}" (mã {dossierCode}) cần bổ sung, hoàn thiện như sau:
{missing}

Đề nghị Ông/Bà bổ sung để hồ sơ được tiếp tục giải quyết. Tra cứu: {trackingLink}

{centerName}
{centerAddress}
Đường dây nóng: {hotline}'),
('SUPPLEMENT_REQUESTED', 'SMS', 'vi', 1, null, 'Ho so {dossierCode} can bo sung: {missing}. Chi tiet: {trackingLink}'),
('SUPPLEMENT_REQUESTED', 'IN_APP', 'vi', 1, 'Hồ sơ {dossierCode} cần bổ sung', 'Cần bổ sung: {missing}'),
('SUPPLEMENT_RECEIVED', 'EMAIL', 'vi', 1, 'Đã nhận hồ sơ bổ sung {dossierCode}', 'Kính gửi Ông/Bà {applicant},

{centerName} đã nhận giấy tờ bổ sung của hồ sơ "{procedure}" (mã {dossierCode}). Hẹn trả kết quả: {appointment}.

Tra cứu: {trackingLink}

{centerName}
Đường dây nóng: {hotline}'),
('SUPPLEMENT_RECEIVED', 'SMS', 'vi', 1, null, 'Da nhan ho so bo sung {dossierCode}. Hen tra ket qua: {appointment}.'),
('SUPPLEMENT_RECEIVED', 'IN_APP', 'vi', 1, 'Đã nhận hồ sơ bổ sung {dossierCode}', 'Hẹn trả kết quả: {appointment}.'),
('EXTENDED', 'EMAIL', 'vi', 1, 'Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ {dossierCode}', 'Kính gửi Ông/Bà {applicant},

Hồ sơ "{procedure}" (mã {dossierCode}) hẹn trả kết quả ngày {appointment} chưa giải quyết xong đúng hẹn.
Lý do: {reason}

{centerName} thành thật xin lỗi Ông/Bà và hẹn trả kết quả vào {newDate}.

Tra cứu: {trackingLink}
Đường dây nóng: {hotline}'),
('EXTENDED', 'SMS', 'vi', 1, null, 'Xin loi Ong/Ba: ho so {dossierCode} duoc hen lai ngay tra ket qua {newDate}. Ly do: {reason}'),
('EXTENDED', 'IN_APP', 'vi', 1, 'Hẹn lại ngày trả kết quả hồ sơ {dossierCode}', 'Xin lỗi Ông/Bà: ngày hẹn mới là {newDate}. Lý do: {reason}'),
('REFUSED', 'EMAIL', 'vi', 1, 'Hồ sơ {dossierCode} không được tiếp nhận', 'Kính gửi Ông/Bà {applicant},

Hồ sơ "{procedure}" không được tiếp nhận.
Lý do: {reason}

Mọi thắc mắc xin liên hệ {centerName}, {centerAddress}, đường dây nóng {hotline}.'),
('REFUSED', 'SMS', 'vi', 1, null, 'Ho so {dossierCode} khong duoc tiep nhan. Ly do: {reason}'),
('REFUSED', 'IN_APP', 'vi', 1, 'Hồ sơ {dossierCode} không được tiếp nhận', 'Lý do: {reason}'),
('RESOLVED', 'EMAIL', 'vi', 1, 'Hồ sơ {dossierCode} {outcome}', 'Kính gửi Ông/Bà {applicant},

Hồ sơ "{procedure}" (mã {dossierCode}) {outcome}.
{collect}

Tra cứu: {trackingLink}

{centerName}
{centerAddress}
Đường dây nóng: {hotline}'),
('RESOLVED', 'SMS', 'vi', 1, null, 'Ho so {dossierCode} {outcome}. {collect}'),
('RESOLVED', 'IN_APP', 'vi', 1, 'Hồ sơ {dossierCode} {outcome}', '{collect}'),
('RETURNED', 'EMAIL', 'vi', 1, 'Đã trả kết quả hồ sơ {dossierCode}', 'Kính gửi Ông/Bà {applicant},

Kết quả hồ sơ "{procedure}" (mã {dossierCode}) đã được trả. {collect}

Cảm ơn Ông/Bà đã sử dụng dịch vụ của {centerName}.'),
('RETURNED', 'SMS', 'vi', 1, null, 'Ket qua ho so {dossierCode} da duoc tra. {collect}'),
('RETURNED', 'IN_APP', 'vi', 1, 'Đã trả kết quả hồ sơ {dossierCode}', '{collect}'),
('STOPPED', 'EMAIL', 'vi', 1, 'Hồ sơ {dossierCode} đã dừng xử lý', 'Kính gửi Ông/Bà {applicant},

Hồ sơ "{procedure}" (mã {dossierCode}) đã dừng xử lý.
Lý do: {reason}

Mọi thắc mắc xin liên hệ đường dây nóng {hotline}.'),
('STOPPED', 'SMS', 'vi', 1, null, 'Ho so {dossierCode} da dung xu ly. Ly do: {reason}'),
('STOPPED', 'IN_APP', 'vi', 1, 'Hồ sơ {dossierCode} đã dừng xử lý', 'Lý do: {reason}'),
('ASSIGNED', 'EMAIL', 'vi', 1, 'Ông/Bà được giao xử lý hồ sơ {dossierCode}', 'Kính gửi {officer},

Ông/Bà được giao xử lý hồ sơ {dossierCode} ("{procedure}"). Hạn trả kết quả: {appointment}.

Mở hồ sơ: {trackingLink}'),
('ASSIGNED', 'IN_APP', 'vi', 1, 'Được giao hồ sơ {dossierCode}', '"{procedure}", hạn trả kết quả {appointment}.'),
('STEP_DUE_SOON', 'EMAIL', 'vi', 1, 'Hồ sơ {dossierCode} sắp đến hạn bước xử lý', 'Kính gửi {officer},

Bước xử lý hiện tại của hồ sơ {dossierCode} ("{procedure}") đến hạn lúc {stepDue}.

Mở hồ sơ: {trackingLink}'),
('STEP_DUE_SOON', 'IN_APP', 'vi', 1, 'Hồ sơ {dossierCode} sắp đến hạn', 'Bước hiện tại đến hạn lúc {stepDue}.'),
('STEP_OVERDUE', 'EMAIL', 'vi', 1, 'Hồ sơ {dossierCode} đã quá hạn bước xử lý', 'Kính gửi {officer},

Bước xử lý hiện tại của hồ sơ {dossierCode} ("{procedure}") đã quá hạn từ {stepDue}.

Mở hồ sơ: {trackingLink}'),
('STEP_OVERDUE', 'IN_APP', 'vi', 1, 'Hồ sơ {dossierCode} đã quá hạn', 'Bước hiện tại quá hạn từ {stepDue}.'),
('VERIFICATION_CODE', 'EMAIL', 'vi', 1, 'Mã xác thực tài khoản: {code}', 'Kính gửi Ông/Bà {applicant},

Mã xác thực tài khoản của Ông/Bà là {code}, có hiệu lực trong {minutes} phút.
Không cung cấp mã này cho bất kỳ ai.'),
('VERIFICATION_CODE', 'SMS', 'vi', 1, null, 'Ma xac thuc cua Ong/Ba la {code}, hieu luc {minutes} phut. Khong cung cap ma cho bat ky ai.');
