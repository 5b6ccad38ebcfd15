-- Bookings reminded the day before (BookingReminders), once.
alter table queue.booking add column reminded_at timestamptz;

-- The notification module's templates for the queue's booking events (issue 21). SMS without diacritics.
insert into notification.template (trigger, channel, language, version, subject, body) values
('BOOKING_CONFIRMED', 'EMAIL', 'vi', 1, 'Đã đặt lịch hẹn {bookingCode} ngày {day}', 'Kính gửi Ông/Bà {applicant},

Ông/Bà đã đặt lịch hẹn tại {centerName}:
- Lĩnh vực: {group}
- Thời gian: {slot} ngày {day}
- Mã lịch hẹn: {bookingCode}

Khi đến, xin nhập mã lịch hẹn hoặc quét mã QR tại máy lấy số: {kioskLink}

{centerName}
{centerAddress}
Đường dây nóng: {hotline}'),
('BOOKING_CONFIRMED', 'SMS', 'vi', 1, null, 'Da dat lich {bookingCode}: {slot} ngay {day}. Den Trung tam, nhap ma tai may lay so: {kioskLink}'),
('BOOKING_CONFIRMED', 'IN_APP', 'vi', 1, 'Đã đặt lịch hẹn {bookingCode}', 'Lịch hẹn {slot} ngày {day} ({group}). Mã lịch hẹn: {bookingCode}.'),
('BOOKING_CONFIRMED', 'EMAIL', 'en', 1, 'Booking {bookingCode} on {day}', 'Dear {applicant},

You booked a visit at {centerName}:
- Service: {group}
- Time: {slot} on {day}
- Booking code: {bookingCode}

On arrival, type the code or scan its QR code at the ticket kiosk: {kioskLink}

{centerName}
{centerAddress}
Hotline: {hotline}'),
('BOOKING_CONFIRMED', 'SMS', 'en', 1, null, 'Booking {bookingCode}: {slot} on {day}. At the center, type the code at the ticket kiosk: {kioskLink}'),
('BOOKING_CONFIRMED', 'IN_APP', 'en', 1, 'Booking {bookingCode}', 'Visit at {slot} on {day} ({group}). Booking code: {bookingCode}.'),
('BOOKING_REMINDER', 'EMAIL', 'vi', 1, 'Nhắc lịch hẹn {bookingCode} ngày mai {day}', 'Kính gửi Ông/Bà {applicant},

Xin nhắc Ông/Bà lịch hẹn tại {centerName} lúc {slot} ngày {day} ({group}).
Mã lịch hẹn: {bookingCode} — nhập hoặc quét tại máy lấy số: {kioskLink}

{centerName}
{centerAddress}
Đường dây nóng: {hotline}'),
('BOOKING_REMINDER', 'SMS', 'vi', 1, null, 'Nhac lich hen {bookingCode}: {slot} ngay {day}. Nhap ma tai may lay so: {kioskLink}'),
('BOOKING_REMINDER', 'IN_APP', 'vi', 1, 'Nhắc lịch hẹn {bookingCode}', 'Lịch hẹn lúc {slot} ngày {day} ({group}).'),
('BOOKING_REMINDER', 'EMAIL', 'en', 1, 'Reminder: booking {bookingCode} tomorrow, {day}', 'Dear {applicant},

A reminder of your visit to {centerName} at {slot} on {day} ({group}).
Booking code: {bookingCode} — type or scan it at the ticket kiosk: {kioskLink}

{centerName}
{centerAddress}
Hotline: {hotline}'),
('BOOKING_REMINDER', 'SMS', 'en', 1, null, 'Reminder {bookingCode}: {slot} on {day}. Type the code at the ticket kiosk: {kioskLink}'),
('BOOKING_REMINDER', 'IN_APP', 'en', 1, 'Booking reminder {bookingCode}', 'Visit at {slot} on {day} ({group}).');
